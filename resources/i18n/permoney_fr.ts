<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en_US">
<context>
    <name></name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <source>Health thresholds</source>
        <translation>Seuils d’état</translation>
    </message>
    <message>
        <source>Base currency</source>
        <translation>Devise de référence</translation>
    </message>
    <message>
        <source>Net worth, income and expenses are shown in this currency; other currencies convert at the exchange rate of their day.</source>
        <translation>Le patrimoine net, les revenus et les dépenses sont affichés dans cette devise ; les autres devises sont converties au taux de change de leur jour.</translation>
    </message>
    <message>
        <source>Base currency:</source>
        <translation>Devise de référence :</translation>
    </message>
    <message>
        <source>Worker threads</source>
        <translation>Threads du service d’arrière-plan</translation>
    </message>
    <message>
        <source>Background threads that recompute balances and metrics.</source>
        <translation>Threads d’arrière-plan qui recalculent les soldes et les indicateurs.</translation>
    </message>
    <message>
        <source>Worker threads:</source>
        <translation>Threads d’arrière-plan :</translation>
    </message>
    <message>
        <source>Number and date format</source>
        <translation>Format des nombres et des dates</translation>
    </message>
    <message>
        <source>System ({name})</source>
        <translation>Système ({name})</translation>
    </message>
    <message>
        <source>Numbers and dates:</source>
        <translation>Nombres et dates :</translation>
    </message>
    <message>
        <source>Newest entries on top</source>
        <translation>Opérations les plus récentes en haut</translation>
    </message>
    <message>
        <source>Registers list the newest entry first, with the blank entry row above it; otherwise oldest first, like a checkbook, with the blank row at the bottom.</source>
        <translation>Les registres affichent l’opération la plus récente en premier, avec la ligne de saisie vide au-dessus ; sinon la plus ancienne en premier, comme un chéquier, avec la ligne vide en bas.</translation>
    </message>
    <message>
        <source>Registers:</source>
        <translation>Registres :</translation>
    </message>
    <message>
        <source>Separate Payment and Deposit columns</source>
        <translation>Colonnes Retrait et Dépôt séparées</translation>
    </message>
    <message>
        <source>Money out and money in each have a column, typed without a sign; otherwise one Amount column where spending is typed with a minus sign.</source>
        <translation>Les sorties et les entrées d’argent ont chacune leur colonne, saisies sans signe ; sinon une seule colonne Montant où les dépenses sont saisies avec un signe moins.</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apparence</translation>
    </message>
    <message>
        <source>Follow the system (light or dark)</source>
        <translation>Suivre le système (clair ou sombre)</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Critique</translation>
    </message>
    <message>
        <source>A figure within its target is healthy; past it, degraded; at the warning or critical limit, warning or critical. For hit rates, lower is worse.</source>
        <translation>Un indicateur dans son objectif est sain ; au-delà, dégradé ; à la limite d’avertissement ou critique, en avertissement ou critique. Pour les taux de succès, plus bas est pire.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Langue :</translation>
    </message>
    <message>
        <source>A new language applies when Permoney is next started.</source>
        <translation>Une nouvelle langue s’applique au prochain démarrage de Permoney.</translation>
    </message>
    <message>
        <source>Not saved: {error}. Fix the limits and try again.</source>
        <translation>Non enregistré : {error}. Corrigez les limites et réessayez.</translation>
    </message>
    <message>
        <source>days</source>
        <translation>jours</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Registre</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Book summary</source>
        <translation>Résumé du livre</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>New entry</source>
        <translation>Nouvelle opération</translation>
    </message>
    <message>
        <source>Search entries</source>
        <translation>Rechercher des opérations</translation>
    </message>
    <message>
        <source>Delete selected entries</source>
        <translation>Supprimer les opérations sélectionnées</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Synchroniser maintenant</translation>
    </message>
    <message>
        <source>Import a file…</source>
        <translation>Importer un fichier…</translation>
    </message>
    <message>
        <source>Import a bank file: CSV, OFX, QFX or QIF (Ctrl+I)</source>
        <translation>Importer un fichier bancaire : CSV, OFX, QFX ou QIF (Ctrl+I)</translation>
    </message>
    <message>
        <source>New transfer…</source>
        <translation>Nouveau virement…</translation>
    </message>
    <message>
        <source>Set balance…</source>
        <translation>Définir le solde…</translation>
    </message>
    <message>
        <source>Reconcile…</source>
        <translation>Rapprocher…</translation>
    </message>
    <message>
        <source>New account…</source>
        <translation>Nouveau compte…</translation>
    </message>
    <message>
        <source>Edit account…</source>
        <translation>Modifier le compte…</translation>
    </message>
    <message>
        <source>Categories and tags…</source>
        <translation>Catégories et étiquettes…</translation>
    </message>
    <message>
        <source>Exchange rates…</source>
        <translation>Taux de change…</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Paramètres…</translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation>À propos de {app}</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Guide d’utilisation</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>{page} (Ctrl+{number})</source>
        <translation>{page} (Ctrl+{number})</translation>
    </message>
    <message>
        <source>{page} page</source>
        <translation>Page {page}</translation>
    </message>
    <message>
        <source>Undo {action}</source>
        <translation>Annuler : {action}</translation>
    </message>
    <message>
        <source>Redo {action}</source>
        <translation>Rétablir : {action}</translation>
    </message>
    <message>
        <source>The background worker is not running.</source>
        <translation>Le service d’arrière-plan ne fonctionne pas.</translation>
    </message>
    <message>
        <source>Sync could not start: {error}</source>
        <translation>La synchronisation n’a pas pu démarrer : {error}</translation>
    </message>
    <message>
        <source>Open an account&apos;s register to reconcile it.</source>
        <translation>Ouvrez le registre d’un compte pour le rapprocher.</translation>
    </message>
    <message>
        <source>Select an account first.</source>
        <translation>Sélectionnez d’abord un compte.</translation>
    </message>
    <message>
        <source>The worker could not change its thread count: {error}</source>
        <translation>Le service d’arrière-plan n’a pas pu changer son nombre de threads : {error}</translation>
    </message>
    <message>
        <source>… entries</source>
        <translation>… opérations</translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries</source>
        <translation>
            <numerusform>%Ln opération</numerusform>
            <numerusform>%Ln opérations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n accounts</source>
        <translation>
            <numerusform>%n compte</numerusform>
            <numerusform>%n comptes</numerusform>
        </translation>
    </message>
</context>
</TS>
