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
        <source>This book file is damaged, so it is open read-only: nothing was changed. Restore the newest verified backup with the button at the top of the window (or File → Restore from backup…)</source>
        <translation>Ce fichier de livre est endommagé, il est donc ouvert en lecture seule : rien n’a été modifié. Restaurez la dernière sauvegarde vérifiée avec le bouton en haut de la fenêtre (ou Fichier → Restaurer depuis une sauvegarde…)</translation>
    </message>
    <message>
        <source>The book is damaged</source>
        <translation>Le livre est endommagé</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>&amp;Restore the newest verified backup</source>
        <translation>&amp;Restaurer la dernière sauvegarde vérifiée</translation>
    </message>
    <message>
        <source>Restore the newest verified backup</source>
        <translation>Restaurer la dernière sauvegarde vérifiée</translation>
    </message>
    <message>
        <source>{book_name} is damaged: it is open read-only</source>
        <translation>{book_name} est endommagé : il est ouvert en lecture seule</translation>
    </message>
    <message>
        <source>Some of the file cannot be read correctly, so changes are refused until it is repaired: restore the newest verified backup (the damaged file is kept beside your backups first). Reading and exporting still work.</source>
        <translation>Une partie du fichier ne peut pas être lue correctement, les modifications sont donc refusées jusqu’à sa réparation : restaurez la dernière sauvegarde vérifiée (le fichier endommagé est d’abord gardé à côté de vos sauvegardes). La lecture et l’export fonctionnent toujours.</translation>
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
        <source>Enter</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>Save the entry; on the last entry, start the next one</source>
        <translation>Enregistrer l’opération ; sur la dernière, commencer la suivante</translation>
    </message>
    <message>
        <source>Tab / Shift+Tab</source>
        <translation>Tab / Maj+Tab</translation>
    </message>
    <message>
        <source>Next / previous field; accepts the payee&apos;s completion</source>
        <translation>Champ suivant / précédent ; accepte la complétion du bénéficiaire</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Échap</translation>
    </message>
    <message>
        <source>Cancel the entry being typed</source>
        <translation>Abandonner l’opération en cours de saisie</translation>
    </message>
    <message>
        <source>In a date field: today, a day later, a day earlier</source>
        <translation>Dans un champ de date : aujourd’hui, un jour plus tard, un jour plus tôt</translation>
    </message>
    <message>
        <source>Delete the selected entries (in the register)</source>
        <translation>Supprimer les opérations sélectionnées (dans le registre)</translation>
    </message>
    <message>
        <source>↑ / ↓ in the accounts list</source>
        <translation>↑ / ↓ dans la liste des comptes</translation>
    </message>
    <message>
        <source>Open the account above or below</source>
        <translation>Ouvrir le compte au-dessus ou en dessous</translation>
    </message>
    <message>
        <source>
&lt;h2&gt;Getting started&lt;/h2&gt;
&lt;p&gt;&lt;b&gt;Your book&lt;/b&gt; is one file holding your accounts and entries. File → New book… starts
another, File → Open book… and Recent books switch between them. &lt;i&gt;Try demo data&lt;/i&gt; opens a
demo household in a book of its own, so your book stays yours.&lt;/p&gt;
&lt;h3&gt;Accounts&lt;/h3&gt;
&lt;p&gt;File → New account… (or &lt;b&gt;+ Account&lt;/b&gt; under the list). Give the opening balance and its
date; for a card or a loan, the amount you owe.&lt;/p&gt;
&lt;h3&gt;Entering money&lt;/h3&gt;
&lt;p&gt;Choose an account and type in the blank row: date, payee, category, then the amount under
&lt;b&gt;Payment&lt;/b&gt; (money out) or &lt;b&gt;Deposit&lt;/b&gt; (money in). A payee you used before fills in its
last category and amount. Type a new category (&lt;i&gt;Pets: Food&lt;/i&gt;) and the app offers to create
it. Money between your own accounts is a transfer (Edit → New transfer…, Ctrl+T).&lt;/p&gt;
&lt;h3&gt;Importing&lt;/h3&gt;
&lt;p&gt;File → Import a file… (Ctrl+I) reads CSV, OFX, QFX and QIF exports from your bank; nothing is
written until you confirm the summary, and Undo takes the whole import back.&lt;/p&gt;
&lt;h3&gt;Dashboard and reports&lt;/h3&gt;
&lt;p&gt;Cards show net worth, income, spending and cash flow for the period you choose. Click a card
or a bar: the register shows exactly the entries behind that figure, with the filter shown
above the table (its ✕ or &lt;b&gt;Clear filters&lt;/b&gt; removes it).&lt;/p&gt;
&lt;h3&gt;Undo, backups and checks&lt;/h3&gt;
&lt;p&gt;Every change can be undone (Ctrl+Z), even after a restart. The app backs the book up every
day and checks it; Health shows when that last happened. Settings (Ctrl+,) set the base
currency, number and date format, and light or dark.&lt;/p&gt;
&lt;h3&gt;The command line&lt;/h3&gt;
&lt;p&gt;Everything can also be done with &lt;code&gt;permoney&lt;/code&gt; in a terminal:
&lt;code&gt;permoney --help&lt;/code&gt; lists the commands.&lt;/p&gt;
</source>
        <translation>
&lt;h2&gt;Premiers pas&lt;/h2&gt;
&lt;p&gt;&lt;b&gt;Votre livre&lt;/b&gt; est un fichier qui contient vos comptes et vos opérations. Fichier → Nouveau
livre… en crée un autre, Fichier → Ouvrir un livre… et Livres récents passent de l’un à l’autre.
&lt;i&gt;Essayer les données de démonstration&lt;/i&gt; ouvre un foyer d’exemple dans un livre à part, pour
que votre livre reste le vôtre.&lt;/p&gt;
&lt;h3&gt;Comptes&lt;/h3&gt;
&lt;p&gt;Fichier → Nouveau compte… (ou &lt;b&gt;+ Compte&lt;/b&gt; sous la liste). Indiquez le solde d’ouverture et sa
date ; pour une carte ou un prêt, le montant que vous devez.&lt;/p&gt;
&lt;h3&gt;Saisir de l’argent&lt;/h3&gt;
&lt;p&gt;Choisissez un compte et tapez dans la ligne vide : date, bénéficiaire, catégorie, puis le montant
sous &lt;b&gt;Retrait&lt;/b&gt; (sortie) ou &lt;b&gt;Dépôt&lt;/b&gt; (entrée). Un bénéficiaire déjà utilisé reprend sa
dernière catégorie et son dernier montant. Tapez une nouvelle catégorie (&lt;i&gt;Animaux: Nourriture&lt;/i&gt;)
et l’application propose de la créer. L’argent entre vos propres comptes est un virement
(Édition → Nouveau virement…, Ctrl+T).&lt;/p&gt;
&lt;h3&gt;Importer&lt;/h3&gt;
&lt;p&gt;Fichier → Importer un fichier… (Ctrl+I) lit les exports CSV, OFX, QFX et QIF de votre banque ;
rien n’est écrit avant que vous confirmiez le résumé, et Annuler reprend toute l’importation.&lt;/p&gt;
&lt;h3&gt;Tableau de bord et rapports&lt;/h3&gt;
&lt;p&gt;Les cartes montrent le patrimoine net, les revenus, les dépenses et le flux de trésorerie pour la
période choisie. Cliquez sur une carte ou une barre : le registre montre exactement les opérations
derrière ce chiffre, avec le filtre affiché au-dessus du tableau (son ✕ ou &lt;b&gt;Effacer les
filtres&lt;/b&gt; le retire).&lt;/p&gt;
&lt;h3&gt;Annulation, sauvegardes et vérifications&lt;/h3&gt;
&lt;p&gt;Chaque modification peut être annulée (Ctrl+Z), même après un redémarrage. L’application
sauvegarde le livre chaque jour et le vérifie ; État indique quand cela a eu lieu. Les paramètres
(Ctrl+,) règlent la devise de référence, le format des nombres et des dates, la langue, et clair
ou sombre.&lt;/p&gt;
&lt;h3&gt;La ligne de commande&lt;/h3&gt;
&lt;p&gt;Tout peut aussi se faire avec &lt;code&gt;permoney&lt;/code&gt; dans un terminal :
&lt;code&gt;permoney --help&lt;/code&gt; liste les commandes.&lt;/p&gt;
</translation>
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
        <source>&amp;Tools</source>
        <translation>&amp;Outils</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>Import a bank file: CSV, OFX, QFX or QIF (Ctrl+I)</source>
        <translation>Importer un fichier bancaire : CSV, OFX, QFX ou QIF (Ctrl+I)</translation>
    </message>
    <message>
        <source>Export &amp;entries…</source>
        <translation>Exporter les &amp;opérations…</translation>
    </message>
    <message>
        <source>Write entries (all, or what the register shows) to a CSV file</source>
        <translation>Écrire les opérations (toutes, ou celles du registre) dans un fichier CSV</translation>
    </message>
    <message>
        <source>Export &amp;book…</source>
        <translation>Exporter le &amp;livre…</translation>
    </message>
    <message>
        <source>Write the whole book to a zip of CSV files</source>
        <translation>Écrire tout le livre dans un zip de fichiers CSV</translation>
    </message>
    <message>
        <source>Import b&amp;ook…</source>
        <translation>Importer un li&amp;vre…</translation>
    </message>
    <message>
        <source>Load a book export into this empty book</source>
        <translation>Charger un export de livre dans ce livre vide</translation>
    </message>
    <message>
        <source>&amp;Rules…</source>
        <translation>&amp;Règles…</translation>
    </message>
    <message>
        <source>Rules that categorize imported entries</source>
        <translation>Règles qui catégorisent les opérations importées</translation>
    </message>
    <message>
        <source>Review &amp;transfer matches…</source>
        <translation>Examiner les &amp;virements appariés…</translation>
    </message>
    <message>
        <source>Pairs of entries that look like transfers between your accounts</source>
        <translation>Paires d’opérations qui ressemblent à des virements entre vos comptes</translation>
    </message>
    <message>
        <source>Import a CSV, OFX, QFX or QIF file from your bank (Ctrl+I)</source>
        <translation>Importer un fichier CSV, OFX, QFX ou QIF de votre banque (Ctrl+I)</translation>
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
        <source>Local-first personal finance: your book is one file on this computer, every edit shows its balances at once, and a background worker keeps them exact.</source>
        <translation>Finances personnelles, en local d’abord : votre livre est un fichier sur cet ordinateur, chaque modification montre aussitôt ses soldes, et un service d’arrière-plan les garde exacts.</translation>
    </message>
    <message>
        <source>{name} location</source>
        <translation>Emplacement : {name}</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy the {name} location</source>
        <translation>Copier l’emplacement ({name})</translation>
    </message>
    <message>
        <source>Show the {name} folder</source>
        <translation>Afficher le dossier ({name})</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <source>Does</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Guide d’utilisation</translation>
    </message>
    <message>
        <source>A recovery key is 14 groups of 4 letters and digits (ABCD-EFGH-…), shown once when the book was encrypted. Paste or type it; case, spaces and dashes do not matter.</source>
        <translation>Une clé de récupération compte 14 groupes de 4 lettres et chiffres (ABCD-EFGH-…), affichée une seule fois lors du chiffrement du livre. Collez-la ou tapez-la ; la casse, les espaces et les tirets n’ont pas d’importance.</translation>
    </message>
    <message>
        <source>Its key is not in this computer&apos;s keyring. Enter the book&apos;s recovery key to open it; it will be kept in the keyring from then on.</source>
        <translation>Sa clé n’est pas dans le trousseau de cet ordinateur. Saisissez la clé de récupération du livre pour l’ouvrir ; elle sera ensuite gardée dans le trousseau.</translation>
    </message>
    <message>
        <source>The keyring is locked, so the book&apos;s key cannot be read from it. Enter the book&apos;s recovery key, or unlock the keyring and start again.</source>
        <translation>Le trousseau est verrouillé, la clé du livre ne peut donc pas y être lue. Saisissez la clé de récupération du livre, ou déverrouillez le trousseau et recommencez.</translation>
    </message>
    <message>
        <source>No secure keyring holds its key. Enter the book&apos;s recovery key to open it.</source>
        <translation>Aucun trousseau sécurisé ne détient sa clé. Saisissez la clé de récupération du livre pour l’ouvrir.</translation>
    </message>
    <message>
        <source>Unlock {book} — {app}</source>
        <translation>Déverrouiller {book} — {app}</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Clé de récupération</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; is encrypted</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; est chiffré</translation>
    </message>
    <message>
        <source>Why the key is needed</source>
        <translation>Pourquoi la clé est nécessaire</translation>
    </message>
    <message>
        <source>XXXX-XXXX-XXXX-…</source>
        <translation>XXXX-XXXX-XXXX-…</translation>
    </message>
    <message>
        <source>Show the key</source>
        <translation>Afficher la clé</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Close {app} without opening the book</source>
        <translation>Fermer {app} sans ouvrir le livre</translation>
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
        <source>History…</source>
        <translation>Historique…</translation>
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
        <source>cannot redo &quot;{label}&quot;: {author} changed {what} since (&quot;{theirs}&quot;, {when} UTC); redoing it would throw their change away. Ask {author} to undo theirs first, or change it by hand</source>
        <translation>impossible de rétablir « {label} » : {author} a modifié {what} depuis (« {theirs} », {when} UTC) ; le rétablir effacerait sa modification. Demandez à {author} d’annuler la sienne d’abord, ou modifiez-le à la main</translation>
    </message>
    <message>
        <source>cannot undo &quot;{label}&quot;: {author} changed {what} since (&quot;{theirs}&quot;, {when} UTC); undoing it would throw their change away. Ask {author} to undo theirs first, or change it by hand</source>
        <translation>impossible d’annuler « {label} » : {author} a modifié {what} depuis (« {theirs} », {when} UTC) ; l’annuler effacerait sa modification. Demandez à {author} d’annuler la sienne d’abord, ou modifiez-le à la main</translation>
    </message>
    <message>
        <source>the same entry</source>
        <translation>la même opération</translation>
    </message>
    <message>
        <source>{count} of the same entries</source>
        <translation>{count} des mêmes opérations</translation>
    </message>
    <message>
        <source>the same data</source>
        <translation>les mêmes données</translation>
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
    <message>
        <source>{saved} of {target}</source>
        <translation>{saved} sur {target}</translation>
    </message>
    <message>
        <source> · reached</source>
        <translation> · atteint</translation>
    </message>
    <message>
        <source> · {amount} a month until {due}</source>
        <translation> · {amount} par mois jusqu’en {due}</translation>
    </message>
    <message>
        <source> · ⚠ a missing exchange rate left some of it out</source>
        <translation> · ⚠ un taux de change manquant en a laissé une partie de côté</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <source>No goals yet. Right-click here or on a category: New goal…</source>
        <translation>Pas encore d’objectif. Clic droit ici ou sur une catégorie : Nouvel objectif…</translation>
    </message>
    <message>
        <source>New goal…</source>
        <translation>Nouvel objectif…</translation>
    </message>
    <message>
        <source>Edit goal “{name}”…</source>
        <translation>Modifier l’objectif « {name} »…</translation>
    </message>
    <message>
        <source>Delete goal “{name}”</source>
        <translation>Supprimer l’objectif « {name} »</translation>
    </message>
    <message>
        <source>Goal “{name}”: {caption}</source>
        <translation>Objectif « {name} » : {caption}</translation>
    </message>
    <message>
        <source>{name}: {percent}% saved</source>
        <translation>{name} : {percent} % épargné</translation>
    </message>
    <message>
        <source>Budget page</source>
        <translation>Page Budget</translation>
    </message>
    <message>
        <source>Previous month (Page Up)</source>
        <translation>Mois précédent (Page préc.)</translation>
    </message>
    <message>
        <source>Next month (Page Down)</source>
        <translation>Mois suivant (Page suiv.)</translation>
    </message>
    <message>
        <source>Budget month</source>
        <translation>Mois du budget</translation>
    </message>
    <message>
        <source>Budget mode</source>
        <translation>Mode de budget</translation>
    </message>
    <message>
        <source>To budget</source>
        <translation>À budgéter</translation>
    </message>
    <message>
        <source>To budget breakdown</source>
        <translation>Détail de « À budgéter »</translation>
    </message>
    <message>
        <source>Overspending rule</source>
        <translation>Règle de dépassement</translation>
    </message>
    <message>
        <source>Uncategorized spending</source>
        <translation>Dépenses sans catégorie</translation>
    </message>
    <message>
        <source>Budget categories</source>
        <translation>Catégories du budget</translation>
    </message>
    <message>
        <source>Budgeted against spent</source>
        <translation>Budgété et dépensé</translation>
    </message>
    <message>
        <source>To budget: loading figures…</source>
        <translation>À budgéter : chargement des chiffres…</translation>
    </message>
    <message>
        <source>Envelope budgeting: what is left rolls over</source>
        <translation>Budget par enveloppes : le reste est reporté</translation>
    </message>
    <message>
        <source>Tracking: budgeted against spent, nothing rolls over</source>
        <translation>Suivi : budgété par rapport au dépensé, rien n’est reporté</translation>
    </message>
    <message>
        <source>To budget: {money}{warn}</source>
        <translation>À budgéter : {money}{warn}</translation>
    </message>
    <message>
        <source>Income this month {amount}</source>
        <translation>Revenus ce mois-ci {amount}</translation>
    </message>
    <message>
        <source>budgeted {amount}</source>
        <translation>budgété {amount}</translation>
    </message>
    <message>
        <source>overspent last month −{amount}</source>
        <translation>dépassement le mois dernier −{amount}</translation>
    </message>
    <message>
        <source>spent {amount}</source>
        <translation>dépensé {amount}</translation>
    </message>
    <message>
        <source> — a missing exchange rate left income out</source>
        <translation> — un taux de change manquant a laissé des revenus de côté</translation>
    </message>
    <message>
        <source>Overspending is taken from next month&apos;s to-budget</source>
        <translation>Les dépassements sont pris sur le « À budgéter » du mois suivant</translation>
    </message>
    <message>
        <source>; categories marked ↻ ({carrying}) carry it as negative available instead.</source>
        <translation> ; les catégories marquées ↻ ({carrying}) le reportent plutôt en disponible négatif.</translation>
    </message>
    <message>
        <source> (right-click a category to carry it as negative available instead).</source>
        <translation> (clic droit sur une catégorie pour le reporter plutôt en disponible négatif).</translation>
    </message>
    <message>
        <source>Uncategorized spending this month: {amount}{warn} — in no envelope, so not in “spent” above; give it a category in the register.</source>
        <translation>Dépenses sans catégorie ce mois-ci : {amount}{warn} — dans aucune enveloppe, donc pas dans « dépensé » ci-dessus ; donnez-leur une catégorie dans le registre.</translation>
    </message>
    <message>
        <source>The budget could not be read ({error}). Your data is safe; try again from the Budget page, or see the Health page.</source>
        <translation>Le budget n’a pas pu être lu ({error}). Vos données sont en sécurité ; réessayez depuis la page Budget, ou consultez la page État.</translation>
    </message>
    <message>
        <source>Move money…</source>
        <translation>Déplacer de l’argent…</translation>
    </message>
    <message>
        <source>Carry overspending into next month as negative</source>
        <translation>Reporter le dépassement au mois suivant en négatif</translation>
    </message>
    <message>
        <source>Apply template</source>
        <translation>Appliquer un modèle</translation>
    </message>
    <message>
        <source>Fixed amount…</source>
        <translation>Montant fixe…</translation>
    </message>
    <message>
        <source>Percent of last month&apos;s income…</source>
        <translation>Pourcentage des revenus du mois dernier…</translation>
    </message>
    <message>
        <source>Switch to tracking budgeting</source>
        <translation>Passer au budget de suivi</translation>
    </message>
    <message>
        <source>Switch to envelope budgeting</source>
        <translation>Passer au budget par enveloppes</translation>
    </message>
    <message>
        <source>Average of the last 3 months</source>
        <translation>Moyenne des 3 derniers mois</translation>
    </message>
    <message>
        <source>Average of the last 12 months</source>
        <translation>Moyenne des 12 derniers mois</translation>
    </message>
    <message>
        <source>Average spending</source>
        <translation>Dépense moyenne</translation>
    </message>
    <message>
        <source>Percent of last month&apos;s income</source>
        <translation>Pourcentage des revenus du mois dernier</translation>
    </message>
    <message>
        <source>Copy last month</source>
        <translation>Copier le mois dernier</translation>
    </message>
    <message>
        <source>Cover the scheduled amount</source>
        <translation>Couvrir le montant planifié</translation>
    </message>
    <message>
        <source>the fixed template needs an amount of zero or more</source>
        <translation>le modèle montant fixe a besoin d’un montant de zéro ou plus</translation>
    </message>
    <message>
        <source>the average template takes 1 to 120 months</source>
        <translation>le modèle moyenne prend de 1 à 120 mois</translation>
    </message>
    <message>
        <source>the percent template needs a percentage above 0 and up to 100</source>
        <translation>le modèle pourcentage a besoin d’un pourcentage au-dessus de 0 et jusqu’à 100</translation>
    </message>
    <message>
        <source>a cap must be zero or more</source>
        <translation>un plafond doit être de zéro ou plus</translation>
    </message>
    <message>
        <source>category #{cat} cannot hold a budget (not an expense category)</source>
        <translation>la catégorie n°{cat} ne peut pas avoir de budget (pas une catégorie de dépenses)</translation>
    </message>
    <message>
        <source>the {value} template needs at least one category</source>
        <translation>le modèle {value} a besoin d’au moins une catégorie</translation>
    </message>
    <message>
        <source>no schedules to cover in this book</source>
        <translation>aucune échéance à couvrir dans ce livre</translation>
    </message>
    <message>
        <source>Copy last month (every category)</source>
        <translation>Copier le mois dernier (toutes les catégories)</translation>
    </message>
    <message>
        <source>{title}: {error}. Type an amount like 250 or 12.50.</source>
        <translation>{title} : {error}. Saisissez un montant comme 250 ou 12,50.</translation>
    </message>
    <message>
        <source>Fixed amount</source>
        <translation>Montant fixe</translation>
    </message>
    <message>
        <source>Budget for each selected category:</source>
        <translation>Budget pour chaque catégorie sélectionnée :</translation>
    </message>
    <message>
        <source>Percent of income</source>
        <translation>Pourcentage des revenus</translation>
    </message>
    <message>
        <source>Percent of last month&apos;s income:</source>
        <translation>Pourcentage des revenus du mois dernier :</translation>
    </message>
    <message>
        <source>Percent of income: {text!r} is not a number.</source>
        <translation>Pourcentage des revenus : {text!r} n’est pas un nombre.</translation>
    </message>
    <message>
        <source>{template}: nothing to set this month.</source>
        <translation>{template} : rien à définir ce mois-ci.</translation>
    </message>
    <message>
        <source>the book setting {key} is missing; try again</source>
        <translation>le réglage {key} du livre manque ; réessayez</translation>
    </message>
    <message>
        <source>unknown budget mode {mode!r} (use envelope or tracking)</source>
        <translation>mode de budget inconnu {mode!r} (envelope ou tracking)</translation>
    </message>
    <message>
        <source>Envelope budgeting</source>
        <translation>Budget par enveloppes</translation>
    </message>
    <message>
        <source>Tracking budgeting</source>
        <translation>Budget de suivi</translation>
    </message>
    <message>
        <source>unknown overspending choice {policy!r} (use carry or to_budget)</source>
        <translation>choix de dépassement inconnu {policy!r} (carry ou to_budget)</translation>
    </message>
    <message>
        <source>Carry overspending as negative</source>
        <translation>Reporter le dépassement en négatif</translation>
    </message>
    <message>
        <source>Take overspending from to-budget</source>
        <translation>Prendre le dépassement sur le « À budgéter »</translation>
    </message>
    <message>
        <source>no category with id {category_id}</source>
        <translation>aucune catégorie avec l’identifiant {category_id}</translation>
    </message>
    <message>
        <source>{name!r} is an income category; budgets are for expense categories</source>
        <translation>{name!r} est une catégorie de revenus ; les budgets sont pour les catégories de dépenses</translation>
    </message>
    <message>
        <source>Set budget</source>
        <translation>Définir le budget</translation>
    </message>
    <message>
        <source>the amount to move must be more than zero</source>
        <translation>le montant à déplacer doit être supérieur à zéro</translation>
    </message>
    <message>
        <source>move money between two different categories</source>
        <translation>déplacez l’argent entre deux catégories différentes</translation>
    </message>
    <message>
        <source>Move money</source>
        <translation>Déplacer de l’argent</translation>
    </message>
    <message>
        <source>Apply budget template: {template}</source>
        <translation>Appliquer le modèle de budget : {template}</translation>
    </message>
    <message>
        <source>Move from {category} to:</source>
        <translation>Déplacer de {category} vers :</translation>
    </message>
    <message>
        <source>Amount to move from {category}:</source>
        <translation>Montant à déplacer de {category} :</translation>
    </message>
    <message>
        <source>Net worth</source>
        <translation>Patrimoine net</translation>
    </message>
    <message>
        <source>{name} (archived)</source>
        <translation>{name} (archivé)</translation>
    </message>
    <message>
        <source> · archived</source>
        <translation> · archivé</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>what is owed (a debt shown as a positive number)</source>
        <translation>le montant dû (une dette affichée en positif)</translation>
    </message>
    <message>
        <source>money in credit (a debt shown as a negative number)</source>
        <translation>un solde créditeur (une dette affichée en négatif)</translation>
    </message>
    <message>
        <source>What a positive balance in the file means</source>
        <translation>Ce que signifie un solde positif dans le fichier</translation>
    </message>
    <message>
        <source>A positive &amp;balance means:</source>
        <translation>Un &amp;solde positif signifie :</translation>
    </message>
    <message>
        <source>The balance column of {file} does not show how it counts what is owed on {accounts}: its balances never move by the amounts in a way that tells. Choose what a positive balance means, so the closing balance can be compared with the book:</source>
        <translation>La colonne de solde de {file} n’indique pas comment elle compte le montant dû sur {accounts} : ses soldes ne varient jamais avec les montants d’une façon qui le montre. Choisissez ce que signifie un solde positif, pour que le solde de clôture puisse être comparé au livre :</translation>
    </message>
    <message>
        <source>Income</source>
        <translation>Revenus</translation>
    </message>
    <message>
        <source>The file has as much money in as out under these new categories. Choose whether each is income or expense before importing:</source>
        <translation>Le fichier a autant d’entrées que de sorties d’argent sous ces nouvelles catégories. Choisissez pour chacune s’il s’agit de revenus ou de dépenses avant d’importer :</translation>
    </message>
    <message>
        <source>Kind of the new category {name}</source>
        <translation>Type de la nouvelle catégorie {name}</translation>
    </message>
    <message>
        <source>Expenses</source>
        <translation>Dépenses</translation>
    </message>
    <message>
        <source>Savings rate</source>
        <translation>Taux d’épargne</translation>
    </message>
    <message>
        <source>Cash flow</source>
        <translation>Flux de trésorerie</translation>
    </message>
    <message>
        <source>Top categories</source>
        <translation>Principales catégories</translation>
    </message>
    <message>
        <source>Assets</source>
        <translation>Actifs</translation>
    </message>
    <message>
        <source>Liabilities</source>
        <translation>Passifs</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>Comptes courants</translation>
    </message>
    <message>
        <source>Savings</source>
        <translation>Épargne</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Espèces</translation>
    </message>
    <message>
        <source>Investments</source>
        <translation>Placements</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>Biens immobiliers</translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation>Véhicules</translation>
    </message>
    <message>
        <source>Other assets</source>
        <translation>Autres actifs</translation>
    </message>
    <message>
        <source>Credit cards</source>
        <translation>Cartes de crédit</translation>
    </message>
    <message>
        <source>Loans</source>
        <translation>Prêts</translation>
    </message>
    <message>
        <source>Other liabilities</source>
        <translation>Autres passifs</translation>
    </message>
    <message>
        <source>expense</source>
        <translation>dépense</translation>
    </message>
    <message>
        <source>Owed</source>
        <translation>Dettes</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>No data for this period</source>
        <translation>Aucune donnée pour cette période</translation>
    </message>
    <message>
        <source>no earlier</source>
        <translation>aucune antérieure</translation>
    </message>
    <message>
        <source>Daily, {span}</source>
        <translation>Quotidien, {span}</translation>
    </message>
    <message>
        <source>By month, {start} – {end}</source>
        <translation>Par mois, {start} – {end}</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Variation</translation>
    </message>
    <message>
        <source>{points:+.1f} points</source>
        <translation>{points:+.1f} points</translation>
    </message>
    <message>
        <source>Low / high</source>
        <translation>Bas / haut</translation>
    </message>
    <message>
        <source>Sparkline</source>
        <translation>Tendance</translation>
    </message>
    <message>
        <source>Partial: {missing}</source>
        <translation>Partiel : {missing}</translation>
    </message>
    <message>
        <source>Provisional: recomputed here after your edit; the worker has not confirmed it.</source>
        <translation>Provisoire : recalculé ici après votre modification ; le service d’arrière-plan ne l’a pas encore confirmé.</translation>
    </message>
    <message>
        <source>vs {amount}</source>
        <translation>vs {amount}</translation>
    </message>
    <message>
        <source>every entry</source>
        <translation>toutes les opérations</translation>
    </message>
    <message>
        <source>income</source>
        <translation>revenus</translation>
    </message>
    <message>
        <source>spending</source>
        <translation>dépenses</translation>
    </message>
    <message>
        <source>income and spending</source>
        <translation>revenus et dépenses</translation>
    </message>
    <message>
        <source>spending in these categories</source>
        <translation>dépenses dans ces catégories</translation>
    </message>
    <message>
        <source>open the register with {what}, {span}</source>
        <translation>ouvrir le registre avec {what}, {span}</translation>
    </message>
    <message>
        <source>Share of all spending</source>
        <translation>Part de toutes les dépenses</translation>
    </message>
    <message numerus="yes">
        <source>Top %n categories</source>
        <translation>
            <numerusform>%n principale catégorie</numerusform>
            <numerusform>%n principales catégories</numerusform>
        </translation>
    </message>
    <message>
        <source>{share} of spending</source>
        <translation>{share} des dépenses</translation>
    </message>
    <message>
        <source>{used} of {budgeted} budgeted in {month}</source>
        <translation>{used} de {budgeted} budgétés en {month}</translation>
    </message>
    <message>
        <source>Goal “{name}”: {progress} of {target}</source>
        <translation>Objectif « {name} » : {progress} de {target}</translation>
    </message>
    <message>
        <source>{used} of {budgeted} budgeted</source>
        <translation>{used} de {budgeted} budgétés</translation>
    </message>
    <message>
        <source>Dashboard page</source>
        <translation>Page Tableau de bord</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Période :</translation>
    </message>
    <message>
        <source>Net worth over time</source>
        <translation>Patrimoine net dans le temps</translation>
    </message>
    <message>
        <source>Spending by category</source>
        <translation>Dépenses par catégorie</translation>
    </message>
    <message>
        <source>Loading figures…</source>
        <translation>Chargement des chiffres…</translation>
    </message>
    <message>
        <source>The dashboard figures could not be computed ({error}). Your data is safe; try Sync now (F5), or see the Health page.</source>
        <translation>Les chiffres du tableau de bord n’ont pas pu être calculés ({error}). Vos données sont en sécurité ; essayez Synchroniser maintenant (F5), ou consultez la page État.</translation>
    </message>
    <message>
        <source>Provisional: being recomputed after your edit.</source>
        <translation>Provisoire : en cours de recalcul après votre modification.</translation>
    </message>
    <message>
        <source> · compared with {span}</source>
        <translation> · comparé à {span}</translation>
    </message>
    <message>
        <source>⚠ Some figures are partial: {missing}. Add the missing exchange rates to complete them.</source>
        <translation>⚠ Certains chiffres sont partiels : {missing}. Ajoutez les taux de change manquants pour les compléter.</translation>
    </message>
    <message>
        <source>The metrics cache is not working ({error}); figures are computed on demand.</source>
        <translation>Le cache des indicateurs ne fonctionne pas ({error}) ; les chiffres sont calculés à la demande.</translation>
    </message>
    <message>
        <source>⚠ partial: {missing}</source>
        <translation>⚠ partiel : {missing}</translation>
    </message>
    <message>
        <source>Click to open these entries in the register</source>
        <translation>Cliquez pour ouvrir ces opérations dans le registre</translation>
    </message>
    <message>
        <source>Upcoming scheduled transactions</source>
        <translation>Opérations planifiées à venir</translation>
    </message>
    <message>
        <source>Scheduled transactions of the next 30 days (click: Edit → Schedules…)</source>
        <translation>Opérations planifiées des 30 prochains jours (clic : Édition → Échéancier…)</translation>
    </message>
    <message>
        <source> · overdue</source>
        <translation> · en retard</translation>
    </message>
    <message>
        <source>Nothing scheduled in the next 30 days. Edit → Schedules… adds one.</source>
        <translation>Rien de planifié dans les 30 prochains jours. Édition → Échéancier… en ajoute.</translation>
    </message>
    <message>
        <source>and {count} more · Edit → Schedules…</source>
        <translation>et {count} de plus · Édition → Échéancier…</translation>
    </message>
    <message>
        <source>Upcoming · next 30 days</source>
        <translation>À venir · 30 prochains jours</translation>
    </message>
    <message>
        <source>Healthy</source>
        <translation>Sain</translation>
    </message>
    <message>
        <source>Degraded</source>
        <translation>Dégradé</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>No data yet</source>
        <translation>Pas encore de données</translation>
    </message>
    <message>
        <source>verdict {level}</source>
        <translation>verdict {level}</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>{title} figures</source>
        <translation>Chiffres : {title}</translation>
    </message>
    <message>
        <source>Health page</source>
        <translation>Page État</translation>
    </message>
    <message>
        <source>Background worker</source>
        <translation>Service d’arrière-plan</translation>
    </message>
    <message>
        <source>Metrics cache</source>
        <translation>Cache des indicateurs</translation>
    </message>
    <message>
        <source>Slow queries</source>
        <translation>Requêtes lentes</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Instruction</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Optimistic accuracy</source>
        <translation>Exactitude de l’affichage immédiat</translation>
    </message>
    <message>
        <source>Your book</source>
        <translation>Votre livre</translation>
    </message>
    <message>
        <source>Overall:</source>
        <translation>Global :</translation>
    </message>
    <message>
        <source>Behind the scenes: background work and caches (for troubleshooting)</source>
        <translation>En coulisses : travail d’arrière-plan et caches (pour le dépannage)</translation>
    </message>
    <message>
        <source>The worker has not reported yet.</source>
        <translation>Le service d’arrière-plan ne s’est pas encore manifesté.</translation>
    </message>
    <message>
        <source>Processed</source>
        <translation>Traitées</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échouées</translation>
    </message>
    <message>
        <source>Failure rate</source>
        <translation>Taux d’échec</translation>
    </message>
    <message>
        <source>Retries</source>
        <translation>Nouvelles tentatives</translation>
    </message>
    <message>
        <source>Queue depth</source>
        <translation>Longueur de la file</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Queue wait p50</source>
        <translation>Attente p50</translation>
    </message>
    <message>
        <source>Queue wait p95</source>
        <translation>Attente p95</translation>
    </message>
    <message>
        <source>Run time p50 / p95</source>
        <translation>Durée p50 / p95</translation>
    </message>
    <message>
        <source>Slow jobs</source>
        <translation>Tâches lentes</translation>
    </message>
    <message>
        <source>Stuck jobs</source>
        <translation>Tâches bloquées</translation>
    </message>
    <message>
        <source>Stale locks</source>
        <translation>Verrous périmés</translation>
    </message>
    <message>
        <source>Last error in {task}: {message}</source>
        <translation>Dernière erreur dans {task} : {message}</translation>
    </message>
    <message>
        <source>Nothing to do: background work is on time.</source>
        <translation>Rien à faire : le travail d’arrière-plan est à jour.</translation>
    </message>
    <message>
        <source>The metrics cache has not reported yet.</source>
        <translation>Le cache des indicateurs ne s’est pas encore manifesté.</translation>
    </message>
    <message>
        <source>Hit rate</source>
        <translation>Taux de succès</translation>
    </message>
    <message>
        <source>Hits / misses</source>
        <translation>Succès / échecs</translation>
    </message>
    <message>
        <source>Lookup p50</source>
        <translation>Lecture p50</translation>
    </message>
    <message>
        <source>Lookup p95</source>
        <translation>Lecture p95</translation>
    </message>
    <message>
        <source>Entries</source>
        <comment>items in the metrics cache</comment>
        <translation>Entrées</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Opérations</translation>
    </message>
    <message>
        <source>Size on disk</source>
        <translation>Taille sur le disque</translation>
    </message>
    <message>
        <source>{size} of {limit}</source>
        <translation>{size} sur {limit}</translation>
    </message>
    <message>
        <source>The cache is unusable ({error}); figures are computed on demand. Clearing it is always safe (`permoney cache clear`).</source>
        <translation>Le cache est inutilisable ({error}) ; les chiffres sont calculés à la demande. Le vider est toujours sans risque (`permoney cache clear`).</translation>
    </message>
    <message>
        <source>Dashboard figures come from the cache.</source>
        <translation>Les chiffres du tableau de bord viennent du cache.</translation>
    </message>
    <message>
        <source>Statements over 100 ms make the window feel slow; over 1 s they are errors. A vacuum of the book or fewer years on screen usually helps.</source>
        <translation>Au-delà de 100 ms, les instructions ralentissent la fenêtre ; au-delà de 1 s, ce sont des erreurs. Un vacuum du livre ou moins d’années à l’écran aide généralement.</translation>
    </message>
    <message>
        <source>No statement took over 100 ms.</source>
        <translation>Aucune instruction n’a dépassé 100 ms.</translation>
    </message>
    <message>
        <source>No edits yet.</source>
        <translation>Pas encore de modification.</translation>
    </message>
    <message>
        <source>Edits shown at once</source>
        <translation>Modifications affichées immédiatement</translation>
    </message>
    <message>
        <source>Confirmations by the worker</source>
        <translation>Confirmations par le service d’arrière-plan</translation>
    </message>
    <message>
        <source>Equal to the worker</source>
        <translation>Identiques au service d’arrière-plan</translation>
    </message>
    <message>
        <source>Mismatches</source>
        <translation>Écarts</translation>
    </message>
    <message>
        <source>Adopted from other writers</source>
        <translation>Reprises d’autres rédacteurs</translation>
    </message>
    <message>
        <source>Last mismatch: {what}</source>
        <translation>Dernier écart : {what}</translation>
    </message>
    <message>
        <source>Every provisional figure was confirmed unchanged.</source>
        <translation>Chaque chiffre provisoire a été confirmé à l’identique.</translation>
    </message>
    <message>
        <source>Backup and check not read yet.</source>
        <translation>Sauvegarde et vérification pas encore lues.</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Chiffrement</translation>
    </message>
    <message>
        <source>Keyring</source>
        <translation>Trousseau</translation>
    </message>
    <message>
        <source>Balances up to date, backed up and checked.</source>
        <translation>Soldes à jour, sauvegardés et vérifiés.</translation>
    </message>
    <message>
        <source>Custom range…</source>
        <translation>Période personnalisée…</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Ce mois-ci</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Le mois dernier</translation>
    </message>
    <message>
        <source>Last 3 months</source>
        <translation>3 derniers mois</translation>
    </message>
    <message>
        <source>Year to date</source>
        <translation>Depuis le début de l’année</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>12 derniers mois</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Depuis toujours</translation>
    </message>
    <message>
        <source>Custom period from</source>
        <translation>Période personnalisée du</translation>
    </message>
    <message>
        <source>Custom period to</source>
        <translation>Période personnalisée au</translation>
    </message>
    <message>
        <source>“From” {start} is after “to” {end}: pick a start on or before the end.</source>
        <translation>« Du » {start} est après « au » {end} : choisissez un début au plus tard à la fin.</translation>
    </message>
    <message>
        <source>entries</source>
        <translation>opérations</translation>
    </message>
    <message>
        <source>uncategorized</source>
        <translation>sans catégorie</translation>
    </message>
    <message>
        <source> and {count} more</source>
        <translation> et {count} de plus</translation>
    </message>
    <message>
        <source>{what} in {categories}</source>
        <translation>{what} dans {categories}</translation>
    </message>
    <message>
        <source>{what} (by category kind; uncategorized by sign)</source>
        <translation>{what} (selon le type de catégorie ; sans catégorie selon le signe)</translation>
    </message>
    <message>
        <source> at one merchant</source>
        <translation> chez un commerçant</translation>
    </message>
    <message>
        <source>, transfers left out</source>
        <translation>, virements exclus</translation>
    </message>
    <message>
        <source>Counted in the dashboard figure: {what}</source>
        <translation>Compté dans le chiffre du tableau de bord : {what}</translation>
    </message>
    <message>
        <source>Filter from the dashboard</source>
        <translation>Filtre du tableau de bord</translation>
    </message>
    <message>
        <source>Remove the dashboard filter</source>
        <translation>Retirer le filtre du tableau de bord</translation>
    </message>
    <message>
        <source>Remove this filter</source>
        <translation>Retirer ce filtre</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Categories and tags</source>
        <translation>Catégories et étiquettes</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Catégories</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <source>Add child…</source>
        <translation>Ajouter une sous-catégorie…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Renommer…</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Select the parent category first.</source>
        <translation>Sélectionnez d’abord la catégorie parente.</translation>
    </message>
    <message>
        <source>New child category</source>
        <translation>Nouvelle sous-catégorie</translation>
    </message>
    <message>
        <source>category {path!r} is ambiguous; write one of: {options}</source>
        <translation>la catégorie {path!r} est ambiguë ; écrivez l’une de : {options}</translation>
    </message>
    <message>
        <source>unknown category {path!r}</source>
        <translation>catégorie inconnue {path!r}</translation>
    </message>
    <message>
        <source>a category needs a name</source>
        <translation>une catégorie a besoin d’un nom</translation>
    </message>
    <message>
        <source>category names are at most 200 characters</source>
        <translation>les noms de catégorie font au plus 200 caractères</translation>
    </message>
    <message>
        <source>category names cannot contain {separator!r}</source>
        <translation>les noms de catégorie ne peuvent pas contenir {separator!r}</translation>
    </message>
    <message>
        <source>a category named {name!r} already exists there</source>
        <translation>une catégorie nommée {name!r} existe déjà à cet endroit</translation>
    </message>
    <message>
        <source>Add category</source>
        <translation>Ajouter une catégorie</translation>
    </message>
    <message>
        <source>{path!r}: a category path is Parent or Parent:Child</source>
        <translation>{path!r} : un chemin de catégorie est Parent ou Parent:Enfant</translation>
    </message>
    <message>
        <source>Add category {path}</source>
        <translation>Ajouter la catégorie {path}</translation>
    </message>
    <message>
        <source>categories have two levels; {full_name!r} is already a child</source>
        <translation>les catégories ont deux niveaux ; {full_name!r} est déjà une sous-catégorie</translation>
    </message>
    <message>
        <source>a child of {name!r} is an {kind} category like its parent</source>
        <translation>une sous-catégorie de {name!r} est de type {kind} comme son parent</translation>
    </message>
    <message>
        <source>a top-level category needs a kind: income or expense</source>
        <translation>une catégorie principale a besoin d’un type : revenu ou dépense</translation>
    </message>
    <message>
        <source>unknown category kind {kind!r} (income or expense)</source>
        <translation>type de catégorie inconnu {kind!r} (income ou expense)</translation>
    </message>
    <message>
        <source>Rename category</source>
        <translation>Renommer la catégorie</translation>
    </message>
    <message>
        <source>Change category colour</source>
        <translation>Changer la couleur de la catégorie</translation>
    </message>
    <message>
        <source>Delete category</source>
        <translation>Supprimer la catégorie</translation>
    </message>
    <message>
        <source>cannot move entries of {full_name!r} into itself</source>
        <translation>impossible de déplacer les opérations de {full_name!r} dans elle-même</translation>
    </message>
    <message>
        <source>Move category</source>
        <translation>Déplacer la catégorie</translation>
    </message>
    <message>
        <source>categories have two levels; {full_name!r} cannot hold a child</source>
        <translation>les catégories ont deux niveaux ; {full_name!r} ne peut pas avoir de sous-catégorie</translation>
    </message>
    <message>
        <source>{full_name!r} has children; it stays at the top level</source>
        <translation>{full_name!r} a des sous-catégories ; elle reste au premier niveau</translation>
    </message>
    <message>
        <source>{full_name!r} is an {kind} category and {name!r} an {kind2} one; a child has its parent&apos;s kind</source>
        <translation>{full_name!r} est de type {kind} et {name!r} de type {kind2} ; une sous-catégorie a le type de son parent</translation>
    </message>
    <message>
        <source>New name</source>
        <translation>Nouveau nom</translation>
    </message>
    <message>
        <source>New tag</source>
        <translation>Nouvelle étiquette</translation>
    </message>
    <message>
        <source>a tag needs a name</source>
        <translation>une étiquette a besoin d’un nom</translation>
    </message>
    <message>
        <source>tag {name!r}… is longer than 100 characters</source>
        <translation>l’étiquette {name!r}… dépasse 100 caractères</translation>
    </message>
    <message>
        <source>no tag with id {tag_id}</source>
        <translation>aucune étiquette avec l’identifiant {tag_id}</translation>
    </message>
    <message>
        <source>Add tag</source>
        <translation>Ajouter une étiquette</translation>
    </message>
    <message>
        <source>a tag named {name!r} already exists</source>
        <translation>une étiquette nommée {name!r} existe déjà</translation>
    </message>
    <message>
        <source>Rename tag</source>
        <translation>Renommer l’étiquette</translation>
    </message>
    <message>
        <source>Delete tag</source>
        <translation>Supprimer l’étiquette</translation>
    </message>
    <message>
        <source>Set balance</source>
        <translation>Définir le solde</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>For a card or loan, type the amount owed as a positive number.</source>
        <translation>Pour une carte ou un prêt, saisissez le montant dû en nombre positif.</translation>
    </message>
    <message>
        <source>Type the balance on that date.</source>
        <translation>Saisissez le solde à cette date.</translation>
    </message>
    <message>
        <source>The balance could not be set.</source>
        <translation>Le solde n’a pas pu être défini.</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Retrait</translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation>Dépôt</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Solde</translation>
    </message>
    <message>
        <source>an exchange rate for an entry up to this row is missing</source>
        <translation>il manque un taux de change pour une opération jusqu’à cette ligne</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Virement</translation>
    </message>
    <message>
        <source>Edit entry</source>
        <translation>Modifier l’opération</translation>
    </message>
    <message>
        <source>Edit {count} entries</source>
        <translation>Modifier {count} opérations</translation>
    </message>
    <message>
        <source>Delete entry</source>
        <translation>Supprimer l’opération</translation>
    </message>
    <message>
        <source>Delete {count} entries</source>
        <translation>Supprimer {count} opérations</translation>
    </message>
    <message>
        <source>a valuation is in its account&apos;s currency ({account_cur}), not {cur}</source>
        <translation>une évaluation est dans la devise de son compte ({account_cur}), pas en {cur}</translation>
    </message>
    <message>
        <source>Transfer to {account}</source>
        <translation>Virement vers {account}</translation>
    </message>
    <message>
        <source>Transfer from {account}</source>
        <translation>Virement depuis {account}</translation>
    </message>
    <message>
        <source>a transfer needs two different accounts</source>
        <translation>un virement a besoin de deux comptes différents</translation>
    </message>
    <message>
        <source>a transfer amount must be positive, got {amount}</source>
        <translation>le montant d’un virement doit être positif, pas {amount}</translation>
    </message>
    <message>
        <source>a transfer from {src_cur} to {dest_cur} needs the amount received as well</source>
        <translation>un virement de {src_cur} vers {dest_cur} a aussi besoin du montant reçu</translation>
    </message>
    <message>
        <source>the amount received must be positive, got {to_amount}</source>
        <translation>le montant reçu doit être positif, pas {to_amount}</translation>
    </message>
    <message>
        <source>a transfer has two sides; add it with add_transfer</source>
        <translation>un virement a deux côtés ; ajoutez-le avec add_transfer</translation>
    </message>
    <message>
        <source>Add valuation</source>
        <translation>Ajouter une évaluation</translation>
    </message>
    <message>
        <source>Add entry</source>
        <translation>Ajouter une opération</translation>
    </message>
    <message>
        <source>transfers are given as NewTransfer rows</source>
        <translation>les virements sont donnés comme lignes NewTransfer</translation>
    </message>
    <message>
        <source>row {row}: {error}</source>
        <translation>ligne {row} : {error}</translation>
    </message>
    <message>
        <source>no entry with id {missing}</source>
        <translation>aucune opération avec l’identifiant {missing}</translation>
    </message>
    <message>
        <source>entry {row} is a transfer line of split entry {owner}; change it through that split (permoney tx split {owner})</source>
        <translation>l’opération {row} est une ligne de virement de l’opération ventilée {owner} ; modifiez-la par cette ventilation (permoney tx split {owner})</translation>
    </message>
    <message>
        <source>transfer {row} has lost its other side</source>
        <translation>le virement {row} a perdu son autre côté</translation>
    </message>
    <message>
        <source>no entries to edit</source>
        <translation>aucune opération à modifier</translation>
    </message>
    <message>
        <source>both sides of a transfer cannot be in the same account</source>
        <translation>les deux côtés d’un virement ne peuvent pas être sur le même compte</translation>
    </message>
    <message>
        <source>no entries to delete</source>
        <translation>aucune opération à supprimer</translation>
    </message>
    <message>
        <source>Duplicate entry</source>
        <translation>Dupliquer l’opération</translation>
    </message>
    <message>
        <source>no entry with id {entry_id}</source>
        <translation>aucune opération avec l’identifiant {entry_id}</translation>
    </message>
    <message>
        <source>New entry… (Ctrl+N)</source>
        <translation>Nouvelle opération… (Ctrl+N)</translation>
    </message>
    <message>
        <source>New entry row</source>
        <translation>Ligne de nouvelle opération</translation>
    </message>
    <message>
        <source>Choose an account for the new entry first.</source>
        <translation>Choisissez d’abord un compte pour la nouvelle opération.</translation>
    </message>
    <message>
        <source>Valuation: the account&apos;s balance is set to this amount on this day.</source>
        <translation>Évaluation : le solde du compte est fixé à ce montant ce jour-là.</translation>
    </message>
    <message>
        <source>A transfer between your accounts: not income or spending.</source>
        <translation>Un virement entre vos comptes : ni revenu ni dépense.</translation>
    </message>
    <message>
        <source>Register page</source>
        <translation>Page Registre</translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation>Tous les comptes</translation>
    </message>
    <message>
        <source>no account with id {account_id}</source>
        <translation>aucun compte avec l’identifiant {account_id}</translation>
    </message>
    <message>
        <source>unknown account {name!r}</source>
        <translation>compte inconnu {name!r}</translation>
    </message>
    <message>
        <source>an account needs a name</source>
        <translation>un compte a besoin d’un nom</translation>
    </message>
    <message>
        <source>account names are at most 200 characters</source>
        <translation>les noms de compte font au plus 200 caractères</translation>
    </message>
    <message>
        <source>an account named {name!r} already exists</source>
        <translation>un compte nommé {name!r} existe déjà</translation>
    </message>
    <message>
        <source>Add account</source>
        <translation>Ajouter un compte</translation>
    </message>
    <message>
        <source>Rename account</source>
        <translation>Renommer le compte</translation>
    </message>
    <message>
        <source>Edit account</source>
        <translation>Modifier le compte</translation>
    </message>
    <message>
        <source>cannot turn {name!r} from {value} into {value2}; create a new account instead</source>
        <translation>impossible de faire passer {name!r} de {value} à {value2} ; créez plutôt un nouveau compte</translation>
    </message>
    <message>
        <source>cannot change the currency of {name!r}: it has entries</source>
        <translation>impossible de changer la devise de {name!r} : il a des opérations</translation>
    </message>
    <message>
        <source>Archive account</source>
        <translation>Archiver le compte</translation>
    </message>
    <message>
        <source>Unarchive account</source>
        <translation>Désarchiver le compte</translation>
    </message>
    <message>
        <source>Delete account</source>
        <translation>Supprimer le compte</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>Nouveau compte</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>money you owe</source>
        <translation>argent que vous devez</translation>
    </message>
    <message>
        <source>what you own</source>
        <translation>ce que vous possédez</translation>
    </message>
    <message>
        <source>Opening balance</source>
        <translation>Solde d’ouverture</translation>
    </message>
    <message>
        <source>Opening date</source>
        <translation>Date d’ouverture</translation>
    </message>
    <message>
        <source>Archived (hidden from lists; its money still counts)</source>
        <translation>Archivé (masqué dans les listes ; son argent compte toujours)</translation>
    </message>
    <message>
        <source>Opening balance (owed for debts)</source>
        <translation>Solde d’ouverture (montant dû pour les dettes)</translation>
    </message>
    <message>
        <source>The account could not be saved.</source>
        <translation>Le compte n’a pas pu être enregistré.</translation>
    </message>
    <message>
        <source>Checking</source>
        <comment>one account</comment>
        <translation>Compte courant</translation>
    </message>
    <message>
        <source>Savings</source>
        <comment>one account</comment>
        <translation>Compte d’épargne</translation>
    </message>
    <message>
        <source>Cash</source>
        <comment>one account</comment>
        <translation>Espèces</translation>
    </message>
    <message>
        <source>Investment</source>
        <comment>one account</comment>
        <translation>Placement</translation>
    </message>
    <message>
        <source>Property</source>
        <comment>one account</comment>
        <translation>Bien immobilier</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <comment>one account</comment>
        <translation>Véhicule</translation>
    </message>
    <message>
        <source>Other asset</source>
        <comment>one account</comment>
        <translation>Autre actif</translation>
    </message>
    <message>
        <source>Credit card</source>
        <comment>one account</comment>
        <translation>Carte de crédit</translation>
    </message>
    <message>
        <source>Loan</source>
        <comment>one account</comment>
        <translation>Prêt</translation>
    </message>
    <message>
        <source>Other liability</source>
        <comment>one account</comment>
        <translation>Autre dette</translation>
    </message>
    <message>
        <source>Register summary</source>
        <translation>Résumé du registre</translation>
    </message>
    <message>
        <source>Search payee, notes, category (Ctrl+F)</source>
        <translation>Rechercher bénéficiaire, notes, catégorie (Ctrl+F)</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <source>Entries from this date on: {hint}</source>
        <translation>Opérations à partir de cette date : {hint}</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <source>Entries up to this date: {hint}</source>
        <translation>Opérations jusqu’à cette date : {hint}</translation>
    </message>
    <message>
        <source>Category filter</source>
        <translation>Filtre de catégorie</translation>
    </message>
    <message>
        <source>Tag filter</source>
        <translation>Filtre d’étiquette</translation>
    </message>
    <message>
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <source>Minimum amount</source>
        <translation>Montant minimum</translation>
    </message>
    <message>
        <source>max</source>
        <translation>max</translation>
    </message>
    <message>
        <source>Maximum amount</source>
        <translation>Montant maximum</translation>
    </message>
    <message>
        <source>Entries of at least this size, money out or in</source>
        <translation>Opérations d’au moins ce montant, en sortie ou en entrée</translation>
    </message>
    <message>
        <source>Entries of at most this size, money out or in</source>
        <translation>Opérations d’au plus ce montant, en sortie ou en entrée</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Dupliquer</translation>
    </message>
    <message>
        <source>Split…</source>
        <translation>Ventiler…</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Toutes les catégories</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Toutes les étiquettes</translation>
    </message>
    <message>
        <source> on {day}</source>
        <translation> le {day}</translation>
    </message>
    <message>
        <source>opened owing</source>
        <translation>ouvert avec une dette de</translation>
    </message>
    <message>
        <source>opened with</source>
        <translation>ouvert avec</translation>
    </message>
    <message>
        <source> · balance {amount}</source>
        <translation> · solde {amount}</translation>
    </message>
    <message>
        <source>○ Shown at once from your edit; the background worker confirms it in a moment (the mark then goes).</source>
        <translation>○ Affiché immédiatement d’après votre modification ; le service d’arrière-plan le confirme dans un instant (la marque disparaît alors).</translation>
    </message>
    <message>
        <source>Type an amount to save the new entry.</source>
        <translation>Saisissez un montant pour enregistrer la nouvelle opération.</translation>
    </message>
    <message>
        <source>Only a transaction can be split.</source>
        <translation>Seule une opération peut être ventilée.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Go to the other side in {account}</source>
        <translation>Aller à la contrepartie dans {account}</translation>
    </message>
    <message>
        <source>Categories have two levels: {path!r} has {count}.</source>
        <translation>Les catégories ont deux niveaux : {path!r} en a {count}.</translation>
    </message>
    <message>
        <source>{path!r} is kept as typed; the entry needs a category.</source>
        <translation>{path!r} est conservé tel quel ; l’opération a besoin d’une catégorie.</translation>
    </message>
    <message>
        <source>New category</source>
        <translation>Nouvelle catégorie</translation>
    </message>
    <message>
        <source>Create the {inherited} category {path!r}?</source>
        <translation>Créer la catégorie {path!r} ({inherited}) ?</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <source>{path!r} is a new category. Is it spending or income?</source>
        <translation>{path!r} est une nouvelle catégorie. S’agit-il de dépenses ou de revenus ?</translation>
    </message>
    <message>
        <source>Expense</source>
        <translation>Dépense</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>Export {title} as CSV</source>
        <translation>Exporter {title} en CSV</translation>
    </message>
    <message>
        <source>{title} table</source>
        <translation>Tableau {title}</translation>
    </message>
    <message>
        <source>Export {title}</source>
        <translation>Exporter {title}</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source> (to {day})</source>
        <translation> (jusqu’au {day})</translation>
    </message>
    <message>
        <source>Reports page</source>
        <translation>Page Rapports</translation>
    </message>
    <message>
        <source>Report period</source>
        <translation>Période du rapport</translation>
    </message>
    <message>
        <source>Month end</source>
        <translation>Fin de mois</translation>
    </message>
    <message>
        <source>Income vs expenses</source>
        <translation>Revenus et dépenses</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Net</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Budgeted</source>
        <translation>Budgété</translation>
    </message>
    <message>
        <source>entry {entry_id} is a {row}; only a transaction can be split</source>
        <translation>l’opération {entry_id} est de type {row} ; seule une transaction peut être ventilée</translation>
    </message>
    <message>
        <source>split line {i} transfers into the entry&apos;s own account</source>
        <translation>la ligne de ventilation {i} vire vers le compte même de l’opération</translation>
    </message>
    <message>
        <source>Split entry</source>
        <translation>Ventiler l’opération</translation>
    </message>
    <message>
        <source>entry {entry_id} is not split</source>
        <translation>l’opération {entry_id} n’est pas ventilée</translation>
    </message>
    <message>
        <source>Add split entry</source>
        <translation>Ajouter une opération ventilée</translation>
    </message>
    <message>
        <source>Left to assign</source>
        <translation>Reste à répartir</translation>
    </message>
    <message>
        <source>Remove split</source>
        <translation>Supprimer la ventilation</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>Dépensé</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <source>Split lines</source>
        <translation>Lignes de ventilation</translation>
    </message>
    <message>
        <source>Category or [Account]</source>
        <translation>Catégorie ou [Compte]</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Opération</translation>
    </message>
    <message>
        <source>Add line</source>
        <translation>Ajouter une ligne</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>Assign the rest here</source>
        <translation>Affecter le reste ici</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>Left to assign: {shown}</source>
        <translation>Reste à répartir : {shown}</translation>
    </message>
    <message>
        <source>The split could not be saved.</source>
        <translation>La ventilation n’a pas pu être enregistrée.</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <source>A missing exchange rate left some spending out.</source>
        <translation>Un taux de change manquant a laissé des dépenses de côté.</translation>
    </message>
    <message>
        <source>Computed here after your edit; the background worker confirms it.</source>
        <translation>Calculé ici après votre modification ; le service d’arrière-plan le confirme.</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>Spending by merchant</source>
        <translation>Dépenses par commerçant</translation>
    </message>
    <message>
        <source>Merchant</source>
        <translation>Commerçant</translation>
    </message>
    <message>
        <source>{start} – {end} · amounts in {currency}</source>
        <translation>{start} – {end} · montants en {currency}</translation>
    </message>
    <message>
        <source>Check and import</source>
        <translation>Vérifier et importer</translation>
    </message>
    <message>
        <source>What the import will do. It is one step you can undo.</source>
        <translation>Ce que fera l’importation. C’est une seule étape, que vous pouvez annuler.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Checking the file</source>
        <translation>Vérification du fichier</translation>
    </message>
    <message>
        <source>Import summary</source>
        <translation>Résumé de l’importation</translation>
    </message>
    <message>
        <source>Rows in another currency</source>
        <translation>Lignes dans une autre devise</translation>
    </message>
    <message>
        <source>What the file says beside its rows</source>
        <translation>Ce que le fichier indique en plus de ses lignes</translation>
    </message>
    <message>
        <source>Skipped as duplicates:</source>
        <translation>Ignorées comme doublons :</translation>
    </message>
    <message>
        <source>Rows skipped as duplicates</source>
        <translation>Lignes ignorées comme doublons</translation>
    </message>
    <message>
        <source>{count:,} already in the book, skipped (listed below).</source>
        <translation>{count:,} déjà dans le livre, ignorées (listées ci-dessous).</translation>
    </message>
    <message numerus="yes">
        <source>{count:,} transfer(s) linked by the file&apos;s ids.</source>
        <translation>
            <numerusform>{count:,} virement lié par les identifiants du fichier.</numerusform>
            <numerusform>{count:,} virements liés par les identifiants du fichier.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count:,} possible transfer(s) to review.</source>
        <translation>
            <numerusform>{count:,} virement possible à examiner.</numerusform>
            <numerusform>{count:,} virements possibles à examiner.</numerusform>
        </translation>
    </message>
    <message>
        <source>New categories: {names} and {count} more.</source>
        <translation>Nouvelles catégories : {names} et {count} de plus.</translation>
    </message>
    <message>
        <source>New categories: {names}.</source>
        <translation>Nouvelles catégories : {names}.</translation>
    </message>
    <message>
        <source>Your rules fill in fields on {count:,} entries.</source>
        <translation>Vos règles remplissent des champs sur {count:,} opérations.</translation>
    </message>
    <message>
        <source>Into {accounts}.</source>
        <translation>Vers {accounts}.</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>Remarque : {note}</translation>
    </message>
    <message numerus="yes">
        <source>{count:,} new entries out of {total:,} in {file}.</source>
        <translation>
            <numerusform>{count:,} nouvelle opération sur {total:,} dans {file}.</numerusform>
            <numerusform>{count:,} nouvelles opérations sur {total:,} dans {file}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to import: {file} holds no rows to import.</source>
        <translation>Rien à importer : {file} ne contient aucune ligne à importer.</translation>
    </message>
    <message>
        <source>The one row of {file} is already in the book: nothing new to import.</source>
        <translation>L’unique ligne de {file} est déjà dans le livre : rien de nouveau à importer.</translation>
    </message>
    <message>
        <source>All {total:,} rows of {file} are already in the book: nothing new to import (listed below).</source>
        <translation>Les {total:,} lignes de {file} sont déjà dans le livre : rien de nouveau à importer (listées ci-dessous).</translation>
    </message>
    <message>
        <source>Nothing new to import: {count:,} of the {total:,} rows of {file} are already in the book.</source>
        <translation>Rien de nouveau à importer : {count:,} des {total:,} lignes de {file} sont déjà dans le livre.</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Filled in by one of your rules</source>
        <translation>Rempli par l’une de vos règles</translation>
    </message>
    <message>
        <source>Line {line} cannot be read: {error}</source>
        <translation>La ligne {line} est illisible : {error}</translation>
    </message>
    <message>
        <source>{field}: {reason}</source>
        <translation>{field} : {reason}</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Debit (money out)</source>
        <translation>Débit (sortie)</translation>
    </message>
    <message>
        <source>Credit (money in)</source>
        <translation>Crédit (entrée)</translation>
    </message>
    <message>
        <source>Payee</source>
        <translation>Bénéficiaire</translation>
    </message>
    <message>
        <source>Memo</source>
        <translation>Mémo</translation>
    </message>
    <message>
        <source>Bank&apos;s id</source>
        <translation>Identifiant de la banque</translation>
    </message>
    <message>
        <source>Transfer id</source>
        <translation>Identifiant de virement</translation>
    </message>
    <message>
        <source>Direction (in/out)</source>
        <translation>Sens (entrée/sortie)</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Frais</translation>
    </message>
    <message>
        <source>Running balance</source>
        <translation>Solde courant</translation>
    </message>
    <message>
        <source>Read the columns</source>
        <translation>Lire les colonnes</translation>
    </message>
    <message>
        <source>Match the file&apos;s columns to what they mean. The table shows the first rows as they will be imported; rows that cannot be read are marked.</source>
        <translation>Associez les colonnes du fichier à leur sens. Le tableau montre les premières lignes telles qu’elles seront importées ; les lignes illisibles sont signalées.</translation>
    </message>
    <message>
        <source>Preview of the first rows</source>
        <translation>Aperçu des premières lignes</translation>
    </message>
    <message>
        <source>Preview summary</source>
        <translation>Résumé de l’aperçu</translation>
    </message>
    <message>
        <source>Saved mapping</source>
        <translation>Correspondance enregistrée</translation>
    </message>
    <message>
        <source>&amp;Load</source>
        <translation>&amp;Charger</translation>
    </message>
    <message>
        <source>Load the saved mapping</source>
        <translation>Charger la correspondance enregistrée</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>&amp;Enregistrer sous…</translation>
    </message>
    <message>
        <source>Save this mapping</source>
        <translation>Enregistrer cette correspondance</translation>
    </message>
    <message>
        <source>Delete the saved mapping</source>
        <translation>Supprimer la correspondance enregistrée</translation>
    </message>
    <message>
        <source>Saved &amp;mappings:</source>
        <translation>Correspondances &amp;enregistrées :</translation>
    </message>
    <message>
        <source>Column for {field}</source>
        <translation>Colonne pour {field}</translation>
    </message>
    <message>
        <source>{field}:</source>
        <translation>{field} :</translation>
    </message>
    <message>
        <source>(not in the file)</source>
        <translation>(absent du fichier)</translation>
    </message>
    <message>
        <source>Dates read as {format}</source>
        <translation>Dates lues comme {format}</translation>
    </message>
    <message>
        <source> (decided from the first {rows} rows)</source>
        <translation> (déterminé sur les {rows} premières lignes)</translation>
    </message>
    <message>
        <source>No saved mappings yet</source>
        <translation>Pas encore de correspondance enregistrée</translation>
    </message>
    <message>
        <source>Save mapping</source>
        <translation>Enregistrer la correspondance</translation>
    </message>
    <message>
        <source>Name for this mapping (e.g. the bank):</source>
        <translation>Nom de cette correspondance (par ex. la banque) :</translation>
    </message>
    <message>
        <source>Mapping saved as “{name}”.</source>
        <translation>Correspondance enregistrée sous « {name} ».</translation>
    </message>
    <message>
        <source>Showing the first {shown} of {total} rows.</source>
        <translation>Affichage des {shown} premières lignes sur {total}.</translation>
    </message>
    <message>
        <source>Showing the first {shown} of about {total} rows.</source>
        <translation>Affichage des {shown} premières lignes sur environ {total}.</translation>
    </message>
    <message>
        <source>{total} rows in the file; they show here once the problem below is solved.</source>
        <translation>{total} lignes dans le fichier ; elles s’affichent ici une fois le problème ci-dessous résolu.</translation>
    </message>
    <message>
        <source>About {total} rows in the file; they show here once the problem below is solved.</source>
        <translation>Environ {total} lignes dans le fichier ; elles s’affichent ici une fois le problème ci-dessous résolu.</translation>
    </message>
    <message>
        <source>Every row is checked before the import, on the next pages.</source>
        <translation>Chaque ligne est vérifiée avant l’importation, dans les pages suivantes.</translation>
    </message>
    <message>
        <source>1 row cannot be read; the import needs every row to be readable.</source>
        <translation>1 ligne est illisible ; l’import demande que chaque ligne soit lisible.</translation>
    </message>
    <message>
        <source>{count} rows cannot be read; the import needs every row to be readable.</source>
        <translation>{count} lignes sont illisibles ; l’import demande que chaque ligne soit lisible.</translation>
    </message>
    <message>
        <source>choose the date format</source>
        <translation>choisissez le format de date</translation>
    </message>
    <message>
        <source>choose the format under Dates</source>
        <translation>choisissez le format sous Dates</translation>
    </message>
    <message>
        <source>choose the decimal separator</source>
        <translation>choisissez le séparateur décimal</translation>
    </message>
    <message>
        <source>choose it under Decimal separator</source>
        <translation>choisissez-le sous Séparateur décimal</translation>
    </message>
    <message>
        <source>set the direction values</source>
        <translation>indiquez les valeurs de sens</translation>
    </message>
    <message>
        <source>type them under Money out when / Money in when</source>
        <translation>saisissez-les sous Sortie quand / Entrée quand</translation>
    </message>
    <message>
        <source>with a row filter</source>
        <translation>avec un filtre de lignes</translation>
    </message>
    <message>
        <source>under Only rows where</source>
        <translation>sous Seulement les lignes où</translation>
    </message>
    <message>
        <source>read the file as having no header and map the columns by number</source>
        <translation>lisez le fichier comme sans ligne d’en-tête et associez les colonnes par numéro</translation>
    </message>
    <message>
        <source>tick No header row and choose the columns by number</source>
        <translation>cochez Pas de ligne d’en-tête et choisissez les colonnes par numéro</translation>
    </message>
    <message>
        <source>choose</source>
        <translation>choisissez</translation>
    </message>
    <message>
        <source>{problem}. Fix the file or the settings above</source>
        <translation>{problem}. Corrigez le fichier ou les réglages ci-dessus</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Raison</translation>
    </message>
    <message>
        <source>Possible transfers (you can review them after the import):</source>
        <translation>Virements possibles (vous pourrez les examiner après l’importation) :</translation>
    </message>
    <message>
        <source>Possible transfers</source>
        <translation>Virements possibles</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Vers</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation>Vérification de chaque ligne…</translation>
    </message>
    <message>
        <source>Looking for duplicates…</source>
        <translation>Recherche des doublons…</translation>
    </message>
    <message>
        <source>Applying your rules…</source>
        <translation>Application de vos règles…</translation>
    </message>
    <message>
        <source>Writing entries…</source>
        <translation>Écriture des opérations…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was written.</source>
        <translation>L’importation a été annulée ; rien n’a été écrit.</translation>
    </message>
    <message>
        <source>{file}, line {line}, field “{field}”: {reason}. Nothing was imported; fix the file, or go Back and change how it is read.</source>
        <translation>{file}, ligne {line}, champ « {field} » : {reason}. Rien n’a été importé ; corrigez le fichier, ou revenez en arrière et changez la façon de le lire.</translation>
    </message>
    <message>
        <source>{file}, line {line}: {reason}. Nothing was imported; fix the file, or go Back and change how it is read.</source>
        <translation>{file}, ligne {line} : {reason}. Rien n’a été importé ; corrigez le fichier, ou revenez en arrière et changez la façon de le lire.</translation>
    </message>
    <message>
        <source>{file}, field “{field}”: {reason}. Nothing was imported; fix the file, or go Back and change how it is read.</source>
        <translation>{file}, champ « {field} » : {reason}. Rien n’a été importé ; corrigez le fichier, ou revenez en arrière et changez la façon de le lire.</translation>
    </message>
    <message>
        <source>{file}: {reason}. Nothing was imported; fix the file, or go Back and change how it is read.</source>
        <translation>{file} : {reason}. Rien n’a été importé ; corrigez le fichier, ou revenez en arrière et changez la façon de le lire.</translation>
    </message>
    <message>
        <source>The last check found the book file damaged.</source>
        <translation>La dernière vérification a trouvé le fichier du livre endommagé.</translation>
    </message>
    <message>
        <source>Finding a backup</source>
        <translation>Recherche d’une sauvegarde</translation>
    </message>
    <message>
        <source>Verifying the newest backups of the book…</source>
        <translation>Vérification des dernières sauvegardes du livre…</translation>
    </message>
    <message>
        <source>No verified backup</source>
        <translation>Aucune sauvegarde vérifiée</translation>
    </message>
    <message>
        <source>Choose a backup file yourself (a copy you keep elsewhere), or keep the book open read-only and export what you need.</source>
        <translation>Choisissez vous-même un fichier de sauvegarde (une copie gardée ailleurs), ou gardez le livre ouvert en lecture seule et exportez ce dont vous avez besoin.</translation>
    </message>
    <message>
        <source>Choose a backup…</source>
        <translation>Choisir une sauvegarde…</translation>
    </message>
    <message>
        <source>Recent books</source>
        <translation>Livres récents</translation>
    </message>
    <message>
        <source>New book…</source>
        <translation>Nouveau livre…</translation>
    </message>
    <message>
        <source>Open book…</source>
        <translation>Ouvrir un livre…</translation>
    </message>
    <message>
        <source>Connect to a shared book…</source>
        <translation>Se connecter à un livre partagé…</translation>
    </message>
    <message>
        <source>No other books yet</source>
        <translation>Pas encore d’autre livre</translation>
    </message>
    <message>
        <source>New book</source>
        <translation>Nouveau livre</translation>
    </message>
    <message>
        <source>Open book</source>
        <translation>Ouvrir un livre</translation>
    </message>
    <message>
        <source>{path} is not there any more.</source>
        <translation>{path} n’existe plus.</translation>
    </message>
    <message>
        <source>Demo book</source>
        <translation>Livre de démonstration</translation>
    </message>
    <message>
        <source>The demo book could not be made: {error}</source>
        <translation>Le livre de démonstration n’a pas pu être créé : {error}</translation>
    </message>
    <message>
        <source>Could not start the app on {path}.</source>
        <translation>Impossible de démarrer l’application sur {path}.</translation>
    </message>
    <message>
        <source>My book</source>
        <translation>Mon livre</translation>
    </message>
    <message>
        <source>Permoney books (*{suffix})</source>
        <translation>Livres Permoney (*{suffix})</translation>
    </message>
    <message>
        <source>Permoney books (*{suffix});;All files (*)</source>
        <translation>Livres Permoney (*{suffix});;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Try demo data</source>
        <translation>Essayer les données de démonstration</translation>
    </message>
    <message>
        <source>Open a demo household in a book of its own?</source>
        <translation>Ouvrir un foyer d’exemple dans un livre à part ?</translation>
    </message>
    <message>
        <source>The demo book is {path}. Your own book stays exactly as it is; File → Recent books brings you back to it.</source>
        <translation>Le livre de démonstration est {path}. Votre propre livre reste exactement tel quel ; Fichier → Livres récents vous y ramène.</translation>
    </message>
    <message>
        <source>Open the demo book</source>
        <translation>Ouvrir le livre de démonstration</translation>
    </message>
    <message>
        <source>Encrypting the book</source>
        <translation>Chiffrement du livre</translation>
    </message>
    <message>
        <source>Encryption failed</source>
        <translation>Échec du chiffrement</translation>
    </message>
    <message>
        <source>Unencrypted backups remain</source>
        <translation>Des sauvegardes non chiffrées subsistent</translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) of {book} taken before it was encrypted, including the one just taken, are not encrypted.</source>
        <translation>
            <numerusform>%n sauvegarde de {book} faite avant son chiffrement, y compris celle qui vient d’être faite, n’est pas chiffrée.</numerusform>
            <numerusform>%n sauvegardes de {book} faites avant son chiffrement, y compris celle qui vient d’être faite, ne sont pas chiffrées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Anyone who can read {folder} can read them. Encrypt them with the book&apos;s key, or remove them?</source>
        <translation>Quiconque peut lire {folder} peut les lire. Les chiffrer avec la clé du livre, ou les supprimer ?</translation>
    </message>
    <message>
        <source>Encrypt them</source>
        <translation>Les chiffrer</translation>
    </message>
    <message>
        <source>Remove them</source>
        <translation>Les supprimer</translation>
    </message>
    <message>
        <source>Keep them</source>
        <translation>Les garder</translation>
    </message>
    <message>
        <source>Backups unchanged</source>
        <translation>Sauvegardes inchangées</translation>
    </message>
    <message>
        <source>Decrypting the book</source>
        <translation>Déchiffrement du livre</translation>
    </message>
    <message>
        <source>Decryption failed</source>
        <translation>Échec du déchiffrement</translation>
    </message>
    <message>
        <source>Book decrypted</source>
        <translation>Livre déchiffré</translation>
    </message>
    <message>
        <source>Its key was removed from the keyring. Backups taken while it was encrypted still need the old recovery key.</source>
        <translation>Sa clé a été retirée du trousseau. Les sauvegardes faites pendant qu’il était chiffré demandent toujours l’ancienne clé de récupération.</translation>
    </message>
    <message>
        <source>Your book is empty</source>
        <translation>Votre livre est vide</translation>
    </message>
    <message>
        <source>Bring in your history from a bank export, or look around with a demo household first: it opens in a demo book of its own, and this book stays yours.</source>
        <translation>Importez votre historique depuis un export bancaire, ou faites d’abord un tour avec un foyer d’exemple : il s’ouvre dans un livre de démonstration à part, et ce livre reste le vôtre.</translation>
    </message>
    <message>
        <source>Import a bank file…</source>
        <translation>Importer un fichier bancaire…</translation>
    </message>
    <message>
        <source>CSV (a table of columns)</source>
        <translation>CSV (un tableau de colonnes)</translation>
    </message>
    <message>
        <source>OFX bank statement</source>
        <translation>Relevé bancaire OFX</translation>
    </message>
    <message>
        <source>QFX (Quicken) bank statement</source>
        <translation>Relevé bancaire QFX (Quicken)</translation>
    </message>
    <message>
        <source>QIF (Quicken interchange)</source>
        <translation>QIF (format d’échange Quicken)</translation>
    </message>
    <message>
        <source>camt.053/.052/.054 bank statement, report or notice (ISO 20022 XML)</source>
        <translation>Relevé, rapport ou avis camt.053/.052/.054 (ISO 20022 XML)</translation>
    </message>
    <message>
        <source>MT940 bank statement (SWIFT)</source>
        <translation>Relevé bancaire MT940 (SWIFT)</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>Choisir un fichier</translation>
    </message>
    <message>
        <source>A CSV, OFX, QFX, QIF, camt.053 or MT940 export from your bank, or a spreadsheet (.xlsx, .ods). Nothing is written until you confirm on the last page.</source>
        <translation>Un export CSV, OFX, QFX, QIF, camt.053 ou MT940 de votre banque, ou un tableur (.xlsx, .ods). Rien n’est écrit avant votre confirmation à la dernière page.</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>Fichier à importer</translation>
    </message>
    <message>
        <source>Path of the bank file</source>
        <translation>Chemin du fichier bancaire</translation>
    </message>
    <message>
        <source>Browse for a file</source>
        <translation>Parcourir pour un fichier</translation>
    </message>
    <message>
        <source>File format</source>
        <translation>Format du fichier</translation>
    </message>
    <message>
        <source>Detect from the file</source>
        <translation>Détecter d’après le fichier</translation>
    </message>
    <message>
        <source>Detected format</source>
        <translation>Format détecté</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>F&amp;ormat :</translation>
    </message>
    <message>
        <source>Import a bank file</source>
        <translation>Importer un fichier bancaire</translation>
    </message>
    <message>
        <source>Bank files (*.csv *.tsv *.txt *.ofx *.qfx *.qif *.xml *.sta *.mt940 *.940 *.xlsx *.ods *.xls);;All files (*)</source>
        <translation>Fichiers bancaires (*.csv *.tsv *.txt *.ofx *.qfx *.qif *.xml *.sta *.mt940 *.940 *.xlsx *.ods *.xls);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>There is no file at {path}.</source>
        <translation>Il n’y a pas de fichier à {path}.</translation>
    </message>
    <message>
        <source>{name} cannot be read: {error}.</source>
        <translation>{name} ne peut pas être lu : {error}.</translation>
    </message>
    <message>
        <source>{name} is empty.</source>
        <translation>{name} est vide.</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Detected</source>
        <translation>Détecté</translation>
    </message>
    <message>
        <source>{how}: {shown} · {size:,} bytes</source>
        <translation>{how} : {shown} · {size:,} octets</translation>
    </message>
    <message>
        <source>File import is not available in this version yet.</source>
        <translation>L’importation de fichiers n’est pas encore disponible dans cette version.</translation>
    </message>
    <message>
        <source>, provisional</source>
        <translation>, provisoire</translation>
    </message>
    <message>
        <source>, partial</source>
        <translation>, partiel</translation>
    </message>
    <message>
        <source>Balance set</source>
        <translation>Solde défini</translation>
    </message>
    <message>
        <source>Balance set · agrees</source>
        <translation>Solde défini · concorde</translation>
    </message>
    <message>
        <source>Split:</source>
        <translation>Ventilé :</translation>
    </message>
    <message>
        <source> +{count} more</source>
        <translation> +{count} de plus</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S edits the lines.</source>
        <translation>Ctrl+Maj+S modifie les lignes.</translation>
    </message>
    <message>
        <source>Uncleared (press C when the bank shows it)</source>
        <translation>Non pointée (appuyez sur C quand la banque l’affiche)</translation>
    </message>
    <message>
        <source>Cleared: the bank shows it (C to untick)</source>
        <translation>Pointée : la banque l’affiche (C pour décocher)</translation>
    </message>
    <message>
        <source>Reconciled: checked against a statement; changes ask first</source>
        <translation>Rapprochée : vérifiée sur un relevé ; les modifications demandent d’abord</translation>
    </message>
    <message>
        <source>Toggle cleared</source>
        <translation>Basculer pointée</translation>
    </message>
    <message>
        <source>Change a reconciled entry?</source>
        <translation>Modifier une opération rapprochée ?</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>reminder</source>
        <translation>rappel</translation>
    </message>
    <message>
        <source>posts by itself</source>
        <translation>se passe toute seule</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>en retard</translation>
    </message>
    <message>
        <source>due today</source>
        <translation>due aujourd’hui</translation>
    </message>
    <message>
        <source>upcoming</source>
        <translation>à venir</translation>
    </message>
    <message>
        <source>today {time}</source>
        <translation>aujourd’hui {time}</translation>
    </message>
    <message>
        <source>yesterday {time}</source>
        <translation>hier {time}</translation>
    </message>
    <message>
        <source>Keyring warning</source>
        <translation>Avertissement du trousseau</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <source>Dismiss the keyring warning</source>
        <translation>Ignorer l’avertissement du trousseau</translation>
    </message>
    <message>
        <source>Back &amp;up now…</source>
        <translation>&amp;Sauvegarder maintenant…</translation>
    </message>
    <message>
        <source>Res&amp;tore from backup…</source>
        <translation>Res&amp;taurer depuis une sauvegarde…</translation>
    </message>
    <message>
        <source>Chec&amp;k book integrity…</source>
        <translation>&amp;Vérifier l’intégrité du livre…</translation>
    </message>
    <message>
        <source>Backing up</source>
        <translation>Sauvegarde en cours</translation>
    </message>
    <message>
        <source>Book file</source>
        <translation>Fichier du livre</translation>
    </message>
    <message>
        <source>The file itself is damaged. Restore the latest verified backup (File → Restore from backup…).</source>
        <translation>Le fichier lui-même est endommagé. Restaurez la dernière sauvegarde vérifiée (Fichier → Restaurer depuis une sauvegarde…).</translation>
    </message>
    <message>
        <source>Links between records</source>
        <translation>Liens entre enregistrements</translation>
    </message>
    <message>
        <source>Some records point to records that are missing. Repair cannot recreate them: restore a backup from before the damage.</source>
        <translation>Certains enregistrements pointent vers des enregistrements manquants. La réparation ne peut pas les recréer : restaurez une sauvegarde d’avant les dégâts.</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>Virements</translation>
    </message>
    <message>
        <source>The two sides of a transfer disagree. Open the account in the register and edit or delete the transfer, or restore a backup.</source>
        <translation>Les deux côtés d’un virement ne concordent pas. Ouvrez le compte dans le registre et modifiez ou supprimez le virement, ou restaurez une sauvegarde.</translation>
    </message>
    <message>
        <source>Background updates</source>
        <translation>Mises à jour en arrière-plan</translation>
    </message>
    <message>
        <source>Bookkeeping of the background updates. Repair resets it and recomputes the balances.</source>
        <translation>Suivi des mises à jour en arrière-plan. La réparation le réinitialise et recalcule les soldes.</translation>
    </message>
    <message>
        <source>Stored balances</source>
        <translation>Soldes enregistrés</translation>
    </message>
    <message>
        <source>Balances are worked out from your entries; Repair recomputes them. No entry changes.</source>
        <translation>Les soldes sont calculés à partir de vos opérations ; la réparation les recalcule. Aucune opération ne change.</translation>
    </message>
    <message>
        <source>Undo history</source>
        <translation>Historique d’annulation</translation>
    </message>
    <message>
        <source>The undo history no longer matches the book. Repair clears it; your entries stay as they are.</source>
        <translation>L’historique d’annulation ne correspond plus au livre. La réparation le vide ; vos opérations restent telles quelles.</translation>
    </message>
    <message>
        <source>The background worker brings them up to date; Repair does it now.</source>
        <translation>Le service d’arrière-plan les met à jour ; la réparation le fait tout de suite.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Sauvegarde</translation>
    </message>
    <message>
        <source>Backup written and verified ({size_text}).</source>
        <translation>Sauvegarde écrite et vérifiée ({size_text}).</translation>
    </message>
    <message>
        <source>{name}
in {folder}

The copy was reopened, passed SQLite&apos;s integrity check, and holds the same entries and balances as the book.</source>
        <translation>{name}
dans {folder}

La copie a été rouverte, a passé la vérification d’intégrité de SQLite et contient les mêmes opérations et soldes que le livre.</translation>
    </message>
    <message>
        <source>Show folder</source>
        <translation>Afficher le dossier</translation>
    </message>
    <message>
        <source>The backup did not verify, so it was not kept.</source>
        <translation>La sauvegarde n’a pas passé la vérification, elle n’a donc pas été gardée.</translation>
    </message>
    <message>
        <source>Your book is unchanged. Check the free space in {folder}, then try again; if it fails again, run File → Check book integrity…</source>
        <translation>Votre livre est inchangé. Vérifiez l’espace libre dans {folder}, puis réessayez ; en cas de nouvel échec, lancez Fichier → Vérifier l’intégrité du livre…</translation>
    </message>
    <message>
        <source>Backup result</source>
        <translation>Résultat de la sauvegarde</translation>
    </message>
    <message>
        <source>Replace everything in {name} with {name2}?</source>
        <translation>Remplacer tout le contenu de {name} par {name2} ?</translation>
    </message>
    <message>
        <source>First the book as it is now is backed up and verified, as
{name}
in {folder}

If that backup fails, nothing is restored. The restored book shows the entries and balances of the day it was backed up.</source>
        <translation>D’abord, le livre tel qu’il est maintenant est sauvegardé et vérifié, sous
{name}
dans {folder}

Si cette sauvegarde échoue, rien n’est restauré. Le livre restauré montre les opérations et soldes du jour de sa sauvegarde.</translation>
    </message>
    <message>
        <source>Back up, then restore</source>
        <translation>Sauvegarder, puis restaurer</translation>
    </message>
    <message>
        <source>Check result</source>
        <translation>Résultat de la vérification</translation>
    </message>
    <message>
        <source>The check compares every stored balance with a fresh computation from your entries, and checks the file, transfers, background updates and undo history.</source>
        <translation>La vérification compare chaque solde enregistré à un nouveau calcul à partir de vos opérations, et contrôle le fichier, les virements, les mises à jour en arrière-plan et l’historique d’annulation.</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Constat</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Que faire</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <source>Repaired</source>
        <translation>Réparé</translation>
    </message>
    <message>
        <source>Recompute stored balances and reset background bookkeeping from your entries</source>
        <translation>Recalculer les soldes enregistrés et réinitialiser le suivi d’arrière-plan à partir de vos opérations</translation>
    </message>
    <message>
        <source>Repaired: </source>
        <translation>Réparé : </translation>
    </message>
    <message>
        <source>The backup could not be written.</source>
        <translation>La sauvegarde n’a pas pu être écrite.</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Restaurer depuis une sauvegarde</translation>
    </message>
    <message>
        <source>That file cannot be restored; nothing was changed.</source>
        <translation>Ce fichier ne peut pas être restauré ; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Restoring</source>
        <translation>Restauration en cours</translation>
    </message>
    <message>
        <source>The backup was not restored.</source>
        <translation>La sauvegarde n’a pas été restaurée.</translation>
    </message>
    <message>
        <source>The book as it was before is saved, verified, as
{name}
in {parent}</source>
        <translation>Le livre tel qu’il était est sauvegardé, vérifié, sous
{name}
dans {parent}</translation>
    </message>
    <message>
        <source>Checking the book</source>
        <translation>Vérification du livre</translation>
    </message>
    <message>
        <source>Comparing every stored balance with a fresh computation…</source>
        <translation>Comparaison de chaque solde enregistré avec un nouveau calcul…</translation>
    </message>
    <message>
        <source>Book integrity</source>
        <translation>Intégrité du livre</translation>
    </message>
    <message>
        <source>The check could not run.</source>
        <translation>La vérification n’a pas pu s’exécuter.</translation>
    </message>
    <message>
        <source>Repairing</source>
        <translation>Réparation en cours</translation>
    </message>
    <message>
        <source>Recomputing balances from your entries…</source>
        <translation>Recalcul des soldes à partir de vos opérations…</translation>
    </message>
    <message>
        <source>Repair</source>
        <translation>Réparer</translation>
    </message>
    <message>
        <source>Backing up {book} and verifying the copy…</source>
        <translation>Sauvegarde de {book} et vérification de la copie…</translation>
    </message>
    <message>
        <source>Backing up the book, then restoring {name}…</source>
        <translation>Sauvegarde du livre, puis restauration de {name}…</translation>
    </message>
    <message>
        <source>{book} was restored from {name}.</source>
        <translation>{book} a été restauré depuis {name}.</translation>
    </message>
    <message>
        <source>The repair did not finish.</source>
        <translation>La réparation ne s’est pas terminée.</translation>
    </message>
    <message>
        <source>Cancel the planned encryption</source>
        <translation>Annuler le chiffrement prévu</translation>
    </message>
    <message>
        <source>Cancel the planned decryption</source>
        <translation>Annuler le déchiffrement prévu</translation>
    </message>
    <message>
        <source>&amp;Decrypt book…</source>
        <translation>&amp;Déchiffrer le livre…</translation>
    </message>
    <message>
        <source>Encr&amp;ypt book…</source>
        <translation>&amp;Chiffrer le livre…</translation>
    </message>
    <message>
        <source>Cancelled: the book stays as it is.</source>
        <translation>Annulé : le livre reste tel quel.</translation>
    </message>
    <message>
        <source>Encrypt</source>
        <translation>Chiffrer</translation>
    </message>
    <message>
        <source>Decrypt</source>
        <translation>Déchiffrer</translation>
    </message>
    <message>
        <source>{verb} book</source>
        <translation>{verb} le livre</translation>
    </message>
    <message>
        <source>Encrypt {name} the next time {app} opens it?</source>
        <translation>Chiffrer {name} la prochaine fois que {app} l’ouvrira ?</translation>
    </message>
    <message>
        <source>Its key will be kept in this computer&apos;s keyring, so the book opens by itself.</source>
        <translation>Sa clé sera gardée dans le trousseau de cet ordinateur, pour que le livre s’ouvre tout seul.</translation>
    </message>
    <message>
        <source>No secure keyring is available: you will type the recovery key each time you open the book.</source>
        <translation>Aucun trousseau sécurisé n’est disponible : vous taperez la clé de récupération à chaque ouverture du livre.</translation>
    </message>
    <message>
        <source>Decrypt {name} the next time {app} opens it?</source>
        <translation>Déchiffrer {name} la prochaine fois que {app} l’ouvrira ?</translation>
    </message>
    <message>
        <source>{verb} at next start</source>
        <translation>{verb} au prochain démarrage</translation>
    </message>
    <message>
        <source>{book} will be encrypted the next time {app} opens it.</source>
        <translation>{book} sera chiffré la prochaine fois que {app} l’ouvrira.</translation>
    </message>
    <message>
        <source>{book} will be decrypted the next time {app} opens it.</source>
        <translation>{book} sera déchiffré la prochaine fois que {app} l’ouvrira.</translation>
    </message>
    <message>
        <source>Schedules…</source>
        <translation>Échéancier…</translation>
    </message>
    <message numerus="yes">
        <source>Posted %n scheduled transactions (Ctrl+Z undoes them)</source>
        <translation>
            <numerusform>%n opération planifiée passée (Ctrl+Z l’annule)</numerusform>
            <numerusform>%n opérations planifiées passées (Ctrl+Z les annule)</numerusform>
        </translation>
    </message>
    <message>
        <source>Upcoming · scheduled, not in any balance yet</source>
        <translation>À venir · planifié, dans aucun solde pour l’instant</translation>
    </message>
    <message>
        <source>Change {name} from {nominal} on</source>
        <translation>Modifier {name} à partir du {nominal}</translation>
    </message>
    <message>
        <source>Earlier occurrences keep the schedule as it is.</source>
        <translation>Les échéances antérieures gardent la planification telle quelle.</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Comptes</translation>
    </message>
    <message>
        <source>+ Account</source>
        <translation>+ Compte</translation>
    </message>
    <message>
        <source>Add an account</source>
        <translation>Ajouter un compte</translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation>Afficher les archivés</translation>
    </message>
    <message>
        <source>Show archived accounts</source>
        <translation>Afficher les comptes archivés</translation>
    </message>
    <message>
        <source>{app} tray menu</source>
        <translation>Menu de {app} dans la zone de notification</translation>
    </message>
    <message>
        <source>Open {app}</source>
        <translation>Ouvrir {app}</translation>
    </message>
    <message>
        <source>Pause worker</source>
        <translation>Suspendre le service d’arrière-plan</translation>
    </message>
    <message>
        <source>Resume worker</source>
        <translation>Reprendre le service d’arrière-plan</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>erreur inconnue</translation>
    </message>
    <message>
        <source>Sync of an account failed: {error}</source>
        <translation>La synchronisation d’un compte a échoué : {error}</translation>
    </message>
    <message>
        <source> · last sync {time}</source>
        <translation> · dernière synchro {time}</translation>
    </message>
    <message>
        <source>⚠ The server cannot be reached · showing the last figures</source>
        <translation>⚠ Le serveur est injoignable · les derniers chiffres sont affichés</translation>
    </message>
    <message>
        <source>⚠ Sync failed: {error} · F5 retries</source>
        <translation>⚠ Échec de la synchro : {error} · F5 pour réessayer</translation>
    </message>
    <message>
        <source> · {count} waiting</source>
        <translation> · {count} en attente</translation>
    </message>
    <message>
        <source>❙❙ Worker paused</source>
        <translation>❙❙ Service d’arrière-plan suspendu</translation>
    </message>
    <message>
        <source>↻ Syncing {count}</source>
        <translation>↻ Synchro de {count}</translation>
    </message>
    <message>
        <source>● Up to date</source>
        <translation>● À jour</translation>
    </message>
    <message>
        <source>{app}: sync failed</source>
        <translation>{app} : échec de la synchro</translation>
    </message>
    <message>
        <source>Your edits are saved; use Sync now (F5) to retry.</source>
        <translation>Vos modifications sont enregistrées ; utilisez Synchroniser maintenant (F5) pour réessayer.</translation>
    </message>
    <message>
        <source>Worker status</source>
        <translation>État du service d’arrière-plan</translation>
    </message>
    <message>
        <source>Budgeted against spent by group</source>
        <translation>Budgété par rapport au dépensé par groupe</translation>
    </message>
    <message>
        <source>No budget or spending this month</source>
        <translation>Ni budget ni dépense ce mois-ci</translation>
    </message>
    <message>
        <source>{spent} of {budgeted}</source>
        <translation>{spent} sur {budgeted}</translation>
    </message>
    <message>
        <source>budgeted</source>
        <translation>budgété</translation>
    </message>
    <message>
        <source>spent</source>
        <translation>dépensé</translation>
    </message>
    <message>
        <source>over</source>
        <translation>dépassé</translation>
    </message>
    <message>
        <source>{amount} left</source>
        <translation>{amount} restants</translation>
    </message>
    <message>
        <source>{amount} over budget</source>
        <translation>{amount} au-delà du budget</translation>
    </message>
    <message>
        <source>{category}: spent {spent} of {budgeted} ({state})</source>
        <translation>{category} : {spent} dépensés sur {budgeted} ({state})</translation>
    </message>
    <message>
        <source>
⚠ partial: an exchange rate is missing</source>
        <translation>
⚠ partiel : un taux de change manque</translation>
    </message>
    <message>
        <source>
forecast: today&apos;s balances plus the scheduled transactions</source>
        <translation>
prévision : soldes d’aujourd’hui plus les opérations planifiées</translation>
    </message>
    <message>
        <source>Income and expenses by month</source>
        <translation>Revenus et dépenses par mois</translation>
    </message>
    <message>
        <source>Date: {hint}</source>
        <translation>Date : {hint}</translation>
    </message>
    <message>
        <source>YYYY-MM-DD, t, +1</source>
        <translation>AAAA-MM-JJ, t, +1</translation>
    </message>
    <message>
        <source>Pick a date</source>
        <translation>Choisir une date</translation>
    </message>
    <message>
        <source>Interest category</source>
        <translation>Catégorie des intérêts</translation>
    </message>
    <message>
        <source>Loan terms</source>
        <translation>Conditions du prêt</translation>
    </message>
    <message>
        <source>extra / month</source>
        <translation>extra / mois</translation>
    </message>
    <message>
        <source>Extra payment per month</source>
        <translation>Remboursement supplémentaire par mois</translation>
    </message>
    <message>
        <source>Extra payment effect</source>
        <translation>Effet du remboursement supplémentaire</translation>
    </message>
    <message>
        <source>Pay more each month:</source>
        <translation>Payer plus chaque mois :</translation>
    </message>
    <message>
        <source>Interest category:</source>
        <translation>Catégorie des intérêts :</translation>
    </message>
    <message>
        <source>Loan {principal} at {rate} % · {count} payments of {payment} · paid off {payoff} · interest {interest}</source>
        <translation>Prêt de {principal} à {rate} % · {count} échéances de {payment} · remboursé le {payoff} · intérêts {interest}</translation>
    </message>
    <message>
        <source>Needed to schedule payments: their interest lines go to this category.</source>
        <translation>Nécessaire pour planifier les échéances : leurs lignes d’intérêts vont dans cette catégorie.</translation>
    </message>
    <message>
        <source>Payment  date  principal + interest</source>
        <translation>Échéance  date  capital + intérêts</translation>
    </message>
    <message>
        <source>extra payment</source>
        <translation>remboursement supplémentaire</translation>
    </message>
    <message>
        <source>paid off {payoff}, {months} payments sooner, {saved} less interest</source>
        <translation>remboursé le {payoff}, {months} échéances plus tôt, {saved} d’intérêts en moins</translation>
    </message>
    <message>
        <source>● no change</source>
        <translation>● aucun changement</translation>
    </message>
    <message>
        <source>{points} pts</source>
        <translation>{points} pts</translation>
    </message>
    <message>
        <source>Provisional: computed here after your edit; the worker has not confirmed it yet.</source>
        <translation>Provisoire : calculé ici après votre modification ; le service d’arrière-plan ne l’a pas encore confirmé.</translation>
    </message>
    <message>
        <source>provisional figure</source>
        <translation>chiffre provisoire</translation>
    </message>
    <message>
        <source>Partial: an exchange rate is missing.</source>
        <translation>Partiel : un taux de change manque.</translation>
    </message>
    <message>
        <source>partial figure</source>
        <translation>chiffre partiel</translation>
    </message>
    <message>
        <source>Click: {what}</source>
        <translation>Clic : {what}</translation>
    </message>
    <message>
        <source>Post now</source>
        <translation>Passer maintenant</translation>
    </message>
    <message>
        <source>Post now, dated today</source>
        <translation>Passer maintenant, datée d’aujourd’hui</translation>
    </message>
    <message>
        <source>Skip this one</source>
        <translation>Sauter celle-ci</translation>
    </message>
    <message>
        <source>Edit this and later…</source>
        <translation>Modifier celle-ci et les suivantes…</translation>
    </message>
    <message>
        <source>Edit the schedule…</source>
        <translation>Modifier la planification…</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Prévision</translation>
    </message>
    <message>
        <source>Dashed: today&apos;s balance plus the scheduled transactions still to come.</source>
        <translation>En pointillés : le solde d&apos;aujourd&apos;hui plus les opérations planifiées à venir.</translation>
    </message>
    <message>
        <source>Dashed: today&apos;s balance plus the scheduled transactions still to come and the budgets&apos; expected spending.</source>
        <translation>En pointillés : le solde d&apos;aujourd&apos;hui plus les opérations planifiées à venir et les dépenses attendues des budgets.</translation>
    </message>
    <message>
        <source>Budgets: what is left of this month&apos;s budget and each later month&apos;s budget (a month with no budget repeats the last budgeted one), less what schedules already spend in the category, spread evenly over the month&apos;s remaining days.</source>
        <translation>Budgets : ce qui reste du budget de ce mois et le budget de chaque mois suivant (un mois sans budget reprend le dernier mois budgété), moins ce que les opérations planifiées dépensent déjà dans la catégorie, réparti également sur les jours restants du mois.</translation>
    </message>
    <message>
        <source>Budget spending is counted on {account}.</source>
        <translation>Les dépenses budgétées sont comptées sur {account}.</translation>
    </message>
    <message>
        <source>No {currency} account has spending in the last {days} days: budget spending is left out.</source>
        <translation>Aucun compte en {currency} n&apos;a de dépenses sur les {days} derniers jours : les dépenses budgétées sont laissées de côté.</translation>
    </message>
    <message>
        <source>Each category&apos;s budget spending is counted on the {currency} account most of its spending came from in the last {days} days, else on {account}.</source>
        <translation>Les dépenses budgétées de chaque catégorie sont comptées sur le compte en {currency} d&apos;où venaient la plupart de ses dépenses sur les {days} derniers jours, sinon sur {account}.</translation>
    </message>
    <message>
        <source>Forecast page</source>
        <translation>Page de prévision</translation>
    </message>
    <message>
        <source>Forecast account</source>
        <translation>Compte de la prévision</translation>
    </message>
    <message>
        <source>Forecast horizon</source>
        <translation>Horizon de la prévision</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n mois</numerusform>
            <numerusform>%n mois</numerusform>
        </translation>
    </message>
    <message>
        <source>Include &amp;budgets</source>
        <translation>Inclure les &amp;budgets</translation>
    </message>
    <message>
        <source>Also count the budgets&apos; expected spending (how: said under the chart)</source>
        <translation>Compter aussi les dépenses attendues des budgets (comment : expliqué sous le graphique)</translation>
    </message>
    <message>
        <source>stay on the weekend</source>
        <translation>rester sur le week-end</translation>
    </message>
    <message>
        <source>move to the Friday before</source>
        <translation>avancer au vendredi précédent</translation>
    </message>
    <message>
        <source>move to the Monday after</source>
        <translation>reporter au lundi suivant</translation>
    </message>
    <message>
        <source>default: the payee</source>
        <translation>par défaut : le bénéficiaire</translation>
    </message>
    <message>
        <source>— not a transfer —</source>
        <translation>— pas un virement —</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— aucune —</translation>
    </message>
    <message>
        <source>-80.00 (negative = money out)</source>
        <translation>-80,00 (négatif = sortie)</translation>
    </message>
    <message>
        <source>tag1, tag2</source>
        <translation>étiquette1, étiquette2</translation>
    </message>
    <message>
        <source>the start date&apos;s day</source>
        <translation>le jour de la date de début</translation>
    </message>
    <message>
        <source>day of the month</source>
        <translation>jour du mois</translation>
    </message>
    <message>
        <source>last day</source>
        <translation>dernier jour</translation>
    </message>
    <message>
        <source> times</source>
        <translation> fois</translation>
    </message>
    <message>
        <source>post it by itself when due</source>
        <translation>la passer toute seule à l’échéance</translation>
    </message>
    <message>
        <source>remind me (I post it)</source>
        <translation>me le rappeler (je la passe)</translation>
    </message>
    <message>
        <source>Next dates</source>
        <translation>Prochaines dates</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Compte</translation>
    </message>
    <message>
        <source>&amp;Payee</source>
        <translation>&amp;Bénéficiaire</translation>
    </message>
    <message>
        <source>Amou&amp;nt</source>
        <translation>Mo&amp;ntant</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>&amp;Catégorie</translation>
    </message>
    <message>
        <source>Transfer &amp;to</source>
        <translation>&amp;Virement vers</translation>
    </message>
    <message>
        <source>Ta&amp;gs</source>
        <translation>É&amp;tiquettes</translation>
    </message>
    <message>
        <source>&amp;Memo</source>
        <translation>&amp;Mémo</translation>
    </message>
    <message>
        <source>&amp;Every</source>
        <translation>&amp;Tous les</translation>
    </message>
    <message>
        <source>&amp;On</source>
        <translation>&amp;Le</translation>
    </message>
    <message>
        <source>&amp;Weekends</source>
        <translation>Wee&amp;k-ends</translation>
    </message>
    <message>
        <source>&amp;Starts</source>
        <translation>&amp;Début</translation>
    </message>
    <message>
        <source>En&amp;ds</source>
        <translation>Fi&amp;n</translation>
    </message>
    <message>
        <source>When d&amp;ue</source>
        <translation>À l’éc&amp;héance</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Prochaine</translation>
    </message>
    <message>
        <source>no more dates</source>
        <translation>plus de dates</translation>
    </message>
    <message>
        <source>choose an account (create one first)</source>
        <translation>choisissez un compte (créez-en un d’abord)</translation>
    </message>
    <message>
        <source>type the amount (negative = money out)</source>
        <translation>saisissez le montant (négatif = sortie)</translation>
    </message>
    <message>
        <source>&amp;Months ahead</source>
        <translation>&amp;Mois à venir</translation>
    </message>
    <message>
        <source>Balance: actual and forecast (dashed)</source>
        <translation>Solde : réel et prévision (en pointillés)</translation>
    </message>
    <message>
        <source>No balances to forecast yet</source>
        <translation>Pas encore de soldes à prévoir</translation>
    </message>
    <message>
        <source>Forecast balance at each month&apos;s end</source>
        <translation>Solde prévu à la fin de chaque mois</translation>
    </message>
    <message>
        <source>The forecast could not be computed (see the log).</source>
        <translation>La prévision n&apos;a pas pu être calculée (voir le journal).</translation>
    </message>
    <message>
        <source>Add an account to see its forecast.</source>
        <translation>Ajoutez un compte pour voir sa prévision.</translation>
    </message>
    <message>
        <source>{day} · today</source>
        <translation>{day} · aujourd&apos;hui</translation>
    </message>
    <message>
        <source>{account}: {amount} owed on {day} · most owed {worst} on {worst_day}</source>
        <translation>{account} : {amount} dû le {day} · dette la plus haute {worst} le {worst_day}</translation>
    </message>
    <message>
        <source>{account}: {amount} on {day} · lowest {worst} on {worst_day}</source>
        <translation>{account} : {amount} le {day} · au plus bas {worst} le {worst_day}</translation>
    </message>
    <message>
        <source>New goal</source>
        <translation>Nouvel objectif</translation>
    </message>
    <message>
        <source>a goal needs a name</source>
        <translation>un objectif a besoin d’un nom</translation>
    </message>
    <message>
        <source>a goal&apos;s target must be more than zero</source>
        <translation>la cible d’un objectif doit être supérieure à zéro</translation>
    </message>
    <message>
        <source>a goal saves either in a category or in accounts (give one of them)</source>
        <translation>un objectif épargne soit dans une catégorie soit sur des comptes (indiquez l’un des deux)</translation>
    </message>
    <message>
        <source>Add goal</source>
        <translation>Ajouter un objectif</translation>
    </message>
    <message>
        <source>no goal with id {goal_id}</source>
        <translation>aucun objectif avec l’identifiant {goal_id}</translation>
    </message>
    <message>
        <source>no goal called {name!r}</source>
        <translation>aucun objectif nommé {name!r}</translation>
    </message>
    <message>
        <source>Edit goal</source>
        <translation>Modifier l’objectif</translation>
    </message>
    <message>
        <source>a goal called {name!r} exists already</source>
        <translation>un objectif nommé {name!r} existe déjà</translation>
    </message>
    <message>
        <source>Delete goal</source>
        <translation>Supprimer l’objectif</translation>
    </message>
    <message>
        <source>Goal name</source>
        <translation>Nom de l’objectif</translation>
    </message>
    <message>
        <source>Target amount</source>
        <translation>Montant cible</translation>
    </message>
    <message>
        <source>Reach it by</source>
        <translation>À atteindre le</translation>
    </message>
    <message>
        <source>YYYY-MM-DD (optional)</source>
        <translation>AAAA-MM-JJ (facultatif)</translation>
    </message>
    <message>
        <source>Saves in</source>
        <translation>Épargne dans</translation>
    </message>
    <message>
        <source>Target ({base})</source>
        <translation>Objectif ({base})</translation>
    </message>
    <message>
        <source>Account balances: {names}</source>
        <translation>Soldes des comptes : {names}</translation>
    </message>
    <message>
        <source>The goal could not be added.</source>
        <translation>L’objectif n’a pas pu être ajouté.</translation>
    </message>
    <message>
        <source>The goal could not be changed.</source>
        <translation>L’objectif n’a pas pu être modifié.</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Before a balance you set</source>
        <translation>Avant un solde que vous avez défini</translation>
    </message>
    <message>
        <source>Move the balance set to {day} (before the entry) so it counts after it, remove the balance set, or keep it as it is.</source>
        <translation>Déplacer le solde défini au {day} (avant l’opération) pour qu’il compte après elle, le supprimer, ou le garder tel quel.</translation>
    </message>
    <message>
        <source>Move it to {day}</source>
        <translation>La déplacer au {day}</translation>
    </message>
    <message>
        <source>Remove it</source>
        <translation>La supprimer</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>La garder</translation>
    </message>
    <message>
        <source>all accounts</source>
        <translation>tous les comptes</translation>
    </message>
    <message>
        <source>the start</source>
        <translation>le début</translation>
    </message>
    <message>
        <source>one category</source>
        <translation>une catégorie</translation>
    </message>
    <message>
        <source>one tag</source>
        <translation>une étiquette</translation>
    </message>
    <message>
        <source>an amount range</source>
        <translation>une plage de montants</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Encrypt if the server offers it (prefer)</source>
        <translation>Chiffrer si le serveur le propose (prefer)</translation>
    </message>
    <message>
        <source>Always encrypt, do not check the certificate (require)</source>
        <translation>Toujours chiffrer, sans vérifier le certificat (require)</translation>
    </message>
    <message>
        <source>Encrypt and check the certificate and host name (verify-full)</source>
        <translation>Chiffrer et vérifier le certificat et le nom d’hôte (verify-full)</translation>
    </message>
    <message>
        <source>Encrypt and check the certificate (verify-ca)</source>
        <translation>Chiffrer et vérifier le certificat (verify-ca)</translation>
    </message>
    <message>
        <source>Never encrypt (disable)</source>
        <translation>Ne jamais chiffrer (disable)</translation>
    </message>
    <message>
        <source>Connect to a shared book</source>
        <translation>Se connecter à un livre partagé</translation>
    </message>
    <message>
        <source>A shared book lives in a PostgreSQL database that everyone in the household connects to with a role of their own.</source>
        <translation>Un livre partagé se trouve dans une base de données PostgreSQL à laquelle chaque membre du foyer se connecte avec son propre rôle.</translation>
    </message>
    <message>
        <source>Server host</source>
        <translation>Hôte du serveur</translation>
    </message>
    <message>
        <source>Server port</source>
        <translation>Port du serveur</translation>
    </message>
    <message>
        <source>e.g. household</source>
        <translation>p. ex. foyer</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <source>Your role (user name)</source>
        <translation>Votre rôle (nom d’utilisateur)</translation>
    </message>
    <message>
        <source>Encryption (TLS)</source>
        <translation>Chiffrement (TLS)</translation>
    </message>
    <message>
        <source>the server&apos;s CA certificate (.pem)</source>
        <translation>le certificat d’AC du serveur (.pem)</translation>
    </message>
    <message>
        <source>CA certificate file</source>
        <translation>Fichier du certificat d’AC</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Choose the CA certificate file</source>
        <translation>Choisir le fichier du certificat d’AC</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>&amp;Remember the password in this computer&apos;s keyring</source>
        <translation>&amp;Retenir le mot de passe dans le trousseau de cet ordinateur</translation>
    </message>
    <message>
        <source>Remember the password in the keyring</source>
        <translation>Retenir le mot de passe dans le trousseau</translation>
    </message>
    <message>
        <source>No secure keyring is available: you will be asked for it each time.</source>
        <translation>Aucun trousseau sécurisé n’est disponible : il vous sera demandé à chaque fois.</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Hôte :</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort :</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base de données :</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur :</translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation>&amp;Chiffrement :</translation>
    </message>
    <message>
        <source>C&amp;A certificate:</source>
        <translation>Certificat d’&amp;AC :</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>Connection status</source>
        <translation>État de la connexion</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>Se co&amp;nnecter</translation>
    </message>
    <message>
        <source>The server&apos;s CA certificate</source>
        <translation>Le certificat d’AC du serveur</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt);;All files (*)</source>
        <translation>Certificats (*.pem *.crt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>the server&apos;s host</source>
        <translation>l’hôte du serveur</translation>
    </message>
    <message>
        <source>the database</source>
        <translation>la base de données</translation>
    </message>
    <message>
        <source>your role</source>
        <translation>votre rôle</translation>
    </message>
    <message>
        <source>Enter {what}.</source>
        <translation>Indiquez {what}.</translation>
    </message>
    <message>
        <source>Choose the server&apos;s CA certificate, which checking it needs.</source>
        <translation>Choisissez le certificat d’AC du serveur, nécessaire à la vérification.</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Connecting to {host}…</source>
        <translation>Connexion à {host}…</translation>
    </message>
    <message>
        <source>Connected: {db} holds a Permoney book.</source>
        <translation>Connecté : {db} contient un livre Permoney.</translation>
    </message>
    <message>
        <source>Connected: {db} is empty. Connect makes a new book in it (after asking).</source>
        <translation>Connecté : {db} est vide. « Se connecter » y crée un nouveau livre (après confirmation).</translation>
    </message>
    <message>
        <source>Connected to the server, which has no database {db}. Connect creates it with a new book (after asking; your role needs the right to create databases).</source>
        <translation>Connecté au serveur, qui n’a pas de base {db}. « Se connecter » la crée avec un nouveau livre (après confirmation ; votre rôle doit avoir le droit de créer des bases).</translation>
    </message>
    <message>
        <source>Connected, but {db} holds tables that are not a Permoney book: choose another database.</source>
        <translation>Connecté, mais {db} contient des tables qui ne sont pas un livre Permoney : choisissez une autre base.</translation>
    </message>
    <message>
        <source>Make a new shared book in {db} on {host}?</source>
        <translation>Créer un nouveau livre partagé dans {db} sur {host} ?</translation>
    </message>
    <message>
        <source>New shared book</source>
        <translation>Nouveau livre partagé</translation>
    </message>
    <message>
        <source>Making the book</source>
        <translation>Création du livre</translation>
    </message>
    <message>
        <source>Making a new book in {db}…</source>
        <translation>Création d’un nouveau livre dans {db}…</translation>
    </message>
    <message>
        <source>The keyring did not keep the password: {why}</source>
        <translation>Le trousseau n’a pas conservé le mot de passe : {why}</translation>
    </message>
    <message>
        <source>Browse for the file</source>
        <translation>Parcourir pour le fichier</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier :</translation>
    </message>
    <message>
        <source>Choose a file first.</source>
        <translation>Choisissez d’abord un fichier.</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Traitement…</translation>
    </message>
    <message>
        <source>Export entries</source>
        <translation>Exporter les opérations</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>&amp;All entries</source>
        <translation>&amp;Toutes les opérations</translation>
    </message>
    <message>
        <source>Export all entries</source>
        <translation>Exporter toutes les opérations</translation>
    </message>
    <message>
        <source>What the &amp;register shows ({shown})</source>
        <translation>Ce que montre le &amp;registre ({shown})</translation>
    </message>
    <message>
        <source>Export what the register shows</source>
        <translation>Exporter ce que montre le registre</translation>
    </message>
    <message>
        <source>Include &amp;balance adjustments (valuations)</source>
        <translation>Inclure les &amp;ajustements de solde (évaluations)</translation>
    </message>
    <message>
        <source>Include balance adjustments</source>
        <translation>Inclure les ajustements de solde</translation>
    </message>
    <message>
        <source>A UTF-8 CSV that spreadsheets open and Import… reads back.</source>
        <translation>Un CSV UTF-8 que les tableurs ouvrent et qu’Importer… relit.</translation>
    </message>
    <message>
        <source>Export the whole book</source>
        <translation>Exporter tout le livre</translation>
    </message>
    <message>
        <source>Book exports (*.zip);;All files (*)</source>
        <translation>Exports de livre (*.zip);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Accounts, categories, tags, rules, entries, transfers, valuations and rates as CSV files in one zip. Import book… loads it into a new, empty book.</source>
        <translation>Comptes, catégories, étiquettes, règles, opérations, virements, évaluations et taux en fichiers CSV dans un zip. Importer un livre… le charge dans un nouveau livre vide.</translation>
    </message>
    <message>
        <source>Import a book</source>
        <translation>Importer un livre</translation>
    </message>
    <message>
        <source>Loads a book exported with Export book… into this book, which must be empty (start a new book first). One step: Edit → Undo takes it back.</source>
        <translation>Charge un livre exporté avec Exporter le livre… dans ce livre, qui doit être vide (créez d’abord un nouveau livre). Une seule étape : Édition → Annuler la reprend.</translation>
    </message>
    <message>
        <source>Choose the accounts</source>
        <translation>Choisir les comptes</translation>
    </message>
    <message>
        <source>Say which of your accounts the file&apos;s entries belong to.</source>
        <translation>Indiquez à quels comptes appartiennent les opérations du fichier.</translation>
    </message>
    <message>
        <source>&amp;New account…</source>
        <translation>&amp;Nouveau compte…</translation>
    </message>
    <message>
        <source>Create a new account</source>
        <translation>Créer un nouveau compte</translation>
    </message>
    <message>
        <source>Entries in the file</source>
        <translation>Opérations du fichier</translation>
    </message>
    <message>
        <source>File summary</source>
        <translation>Résumé du fichier</translation>
    </message>
    <message>
        <source>Statement currency problem</source>
        <translation>Problème de devise du relevé</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Lecture du fichier…</translation>
    </message>
    <message>
        <source>Choose an account…</source>
        <translation>Choisir un compte…</translation>
    </message>
    <message>
        <source>{shown} goes to:</source>
        <translation>{shown} va vers :</translation>
    </message>
    <message>
        <source>Account for the entries</source>
        <translation>Compte des opérations</translation>
    </message>
    <message>
        <source>&amp;Entries go to:</source>
        <translation>Les &amp;opérations vont vers :</translation>
    </message>
    <message>
        <source>Other entries go to:</source>
        <translation>Les autres opérations vont vers :</translation>
    </message>
    <message>
        <source>This book has no accounts yet. Create the account the file belongs to (New account…), then choose it here.</source>
        <translation>Ce livre n’a pas encore de compte. Créez le compte auquel appartient le fichier (Nouveau compte…), puis choisissez-le ici.</translation>
    </message>
    <message>
        <source>About </source>
        <translation>Environ </translation>
    </message>
    <message numerus="yes">
        <source>{count:,} entries in the file, first rows below.</source>
        <translation>
            <numerusform>{count:,} opération dans le fichier, premières lignes ci-dessous.</numerusform>
            <numerusform>{count:,} opérations dans le fichier, premières lignes ci-dessous.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every row is checked on the next page.</source>
        <translation>Chaque ligne est vérifiée à la page suivante.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries in the file</source>
        <translation>
            <numerusform>%Ln opération dans le fichier</numerusform>
            <numerusform>%Ln opérations dans le fichier</numerusform>
        </translation>
    </message>
    <message>
        <source>, first rows below.</source>
        <translation>, premières lignes ci-dessous.</translation>
    </message>
    <message>
        <source>Direction question</source>
        <translation>Question sur le sens</translation>
    </message>
    <message>
        <source>The signs in the preview are &amp;right</source>
        <translation>Les signes de l’aperçu sont &amp;justes</translation>
    </message>
    <message>
        <source>The signs in the preview are right</source>
        <translation>Les signes de l’aperçu sont justes</translation>
    </message>
    <message>
        <source>{value} = money out</source>
        <translation>{value} = sortie</translation>
    </message>
    <message>
        <source>{value} = money in</source>
        <translation>{value} = entrée</translation>
    </message>
    <message>
        <source>The amounts in this file have no sign, and the column “{column}” looks like it says whether money goes out or comes in{seen}. It is chosen as the Direction column above; check the signs in the preview (or choose another column, or “not in the file”), then confirm.</source>
        <translation>Les montants de ce fichier n’ont pas de signe, et la colonne « {column} » semble indiquer si l’argent sort ou entre{seen}. Elle est choisie ci-dessus comme colonne Sens ; vérifiez les signes dans l’aperçu (ou choisissez une autre colonne, ou « absent du fichier »), puis confirmez.</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importé</translation>
    </message>
    <message>
        <source>The entries are in the book; balances and reports update by themselves.</source>
        <translation>Les opérations sont dans le livre ; soldes et rapports se mettent à jour d’eux-mêmes.</translation>
    </message>
    <message>
        <source>Import result</source>
        <translation>Résultat de l’importation</translation>
    </message>
    <message>
        <source>Review possible transfers</source>
        <translation>Examiner les virements possibles</translation>
    </message>
    <message>
        <source>Edit → Undo takes the whole import back.</source>
        <translation>Édition → Annuler reprend toute l’importation.</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Review %Ln possible transfers…</source>
        <translation>
            <numerusform>&amp;Examiner %Ln virement possible…</numerusform>
            <numerusform>&amp;Examiner %Ln virements possibles…</numerusform>
        </translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Détecter</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>UTF-8 with BOM</source>
        <translation>UTF-8 avec BOM</translation>
    </message>
    <message>
        <source>UTF-16</source>
        <translation>UTF-16</translation>
    </message>
    <message>
        <source>Windows-1252 (Western)</source>
        <translation>Windows-1252 (occidental)</translation>
    </message>
    <message>
        <source>Latin-1</source>
        <translation>Latin-1</translation>
    </message>
    <message>
        <source>Comma</source>
        <translation>Virgule</translation>
    </message>
    <message>
        <source>Semicolon</source>
        <translation>Point-virgule</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulation</translation>
    </message>
    <message>
        <source>Pipe</source>
        <translation>Barre verticale</translation>
    </message>
    <message>
        <source>Point (1,234.56)</source>
        <translation>Point (1,234.56)</translation>
    </message>
    <message>
        <source>Comma (1.234,56)</source>
        <translation>Virgule (1.234,56)</translation>
    </message>
    <message>
        <source>Date format</source>
        <translation>Format de date</translation>
    </message>
    <message>
        <source>Text encoding</source>
        <translation>Encodage du texte</translation>
    </message>
    <message>
        <source>Column separator</source>
        <translation>Séparateur de colonnes</translation>
    </message>
    <message>
        <source>Decimal separator</source>
        <translation>Séparateur décimal</translation>
    </message>
    <message>
        <source>Money &amp;in is negative</source>
        <translation>Les &amp;entrées sont négatives</translation>
    </message>
    <message>
        <source>Tick when the file shows deposits as negative and spending as positive (some card exports do).</source>
        <translation>Cochez si le fichier montre les dépôts en négatif et les dépenses en positif (certains exports de carte le font).</translation>
    </message>
    <message>
        <source>Direction values for money out</source>
        <translation>Valeurs de sens pour les sorties</translation>
    </message>
    <message>
        <source>Af, D, Debit, S…</source>
        <translation>Af, D, Debit, S…</translation>
    </message>
    <message>
        <source>Direction values for money in</source>
        <translation>Valeurs de sens pour les entrées</translation>
    </message>
    <message>
        <source>Bij, C, Credit, H…</source>
        <translation>Bij, C, Credit, H…</translation>
    </message>
    <message>
        <source>Header line</source>
        <translation>Ligne d’en-tête</translation>
    </message>
    <message>
        <source>&amp;No header row</source>
        <translation>&amp;Pas de ligne d’en-tête</translation>
    </message>
    <message>
        <source>The file starts with data: columns are named by number.</source>
        <translation>Le fichier commence par des données : les colonnes sont nommées par numéro.</translation>
    </message>
    <message>
        <source>Only rows where column</source>
        <translation>Seulement les lignes où la colonne</translation>
    </message>
    <message>
        <source>Only rows with this value</source>
        <translation>Seulement les lignes avec cette valeur</translation>
    </message>
    <message>
        <source>e.g. COMPLETED</source>
        <translation>par ex. COMPLETED</translation>
    </message>
    <message>
        <source>&amp;Dates:</source>
        <translation>&amp;Dates :</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Encodage :</translation>
    </message>
    <message>
        <source>Se&amp;parator:</source>
        <translation>Sé&amp;parateur :</translation>
    </message>
    <message>
        <source>Decimal s&amp;eparator:</source>
        <translation>Séparateur &amp;décimal :</translation>
    </message>
    <message>
        <source>Header on &amp;line:</source>
        <translation>En-tête à la &amp;ligne :</translation>
    </message>
    <message>
        <source>Only rows where:</source>
        <translation>Seulement les lignes où :</translation>
    </message>
    <message>
        <source>Money &amp;out when:</source>
        <translation>&amp;Sortie quand :</translation>
    </message>
    <message>
        <source>Money i&amp;n when:</source>
        <translation>E&amp;ntrée quand :</translation>
    </message>
    <message>
        <source>is:</source>
        <translation>est :</translation>
    </message>
    <message>
        <source>Detected date format</source>
        <translation>Format de date détecté</translation>
    </message>
    <message>
        <source>(every row)</source>
        <translation>(toutes les lignes)</translation>
    </message>
    <message>
        <source>Closing balance differs</source>
        <translation>Le solde de clôture diffère</translation>
    </message>
    <message>
        <source>Closing balance</source>
        <translation>Solde de clôture</translation>
    </message>
    <message>
        <source>A difference usually means an entry is missing, doubled or wrong in the book (the import itself is complete); the register of that account shows the balance day by day.</source>
        <translation>Un écart signifie en général qu’une opération manque, est en double ou fausse dans le livre (l’importation elle-même est complète) ; le registre de ce compte montre le solde jour par jour.</translation>
    </message>
    <message>
        <source>Corrections not applied</source>
        <translation>Corrections non appliquées</translation>
    </message>
    <message>
        <source>Corrections</source>
        <translation>Corrections</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importation…</translation>
    </message>
    <message>
        <source>&amp;Cancel import</source>
        <translation>&amp;Annuler l’importation</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Importation</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Progression de l’importation</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was written.</source>
        <translation>Importation annulée ; rien n’a été écrit.</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Importation terminée</translation>
    </message>
    <message>
        <source>Exchange rates</source>
        <translation>Taux de change</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Taux</translation>
    </message>
    <message>
        <source>Known exchange rates</source>
        <translation>Taux de change connus</translation>
    </message>
    <message>
        <source>From currency</source>
        <translation>Devise de départ</translation>
    </message>
    <message>
        <source>To currency</source>
        <translation>Devise d’arrivée</translation>
    </message>
    <message>
        <source>1.0850 (units of To per one From)</source>
        <translation>1,0850 (unités d’arrivée pour une de départ)</translation>
    </message>
    <message>
        <source>Add rate</source>
        <translation>Ajouter le taux</translation>
    </message>
    <message>
        <source>Added {base}→{quote} {rate} on {day}.</source>
        <translation>{base}→{quote} {rate} ajouté le {day}.</translation>
    </message>
    <message>
        <source>not cleared</source>
        <translation>non pointée</translation>
    </message>
    <message>
        <source>Reconcile {account_name}</source>
        <translation>Rapprocher {account_name}</translation>
    </message>
    <message>
        <source>Statement date</source>
        <translation>Date du relevé</translation>
    </message>
    <message>
        <source> (owed)</source>
        <translation> (dû)</translation>
    </message>
    <message>
        <source>Closing balance{owed}</source>
        <translation>Solde de clôture{owed}</translation>
    </message>
    <message>
        <source>From a statement file…</source>
        <translation>Depuis un fichier de relevé…</translation>
    </message>
    <message>
        <source>Take the date and closing balance from an OFX, camt.053 or MT940 file</source>
        <translation>Reprendre la date et le solde de clôture d’un fichier OFX, camt.053 ou MT940</translation>
    </message>
    <message>
        <source>Type the closing balance printed on the statement</source>
        <translation>Saisissez le solde de clôture imprimé sur le relevé</translation>
    </message>
    <message>
        <source>: for a card or loan, the amount owed as a positive number.</source>
        <translation> : pour une carte ou un prêt, le montant dû en nombre positif.</translation>
    </message>
    <message>
        <source>Start reconciling</source>
        <translation>Commencer le rapprochement</translation>
    </message>
    <message>
        <source>Undo last reconciliation</source>
        <translation>Annuler le dernier rapprochement</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Earlier statements</source>
        <translation>Relevés précédents</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Écart</translation>
    </message>
    <message>
        <source>Entries to tick</source>
        <translation>Opérations à cocher</translation>
    </message>
    <message>
        <source>Space ticks the selected entries; tick each one the statement shows.</source>
        <translation>Espace coche les opérations sélectionnées ; cochez chacune de celles que montre le relevé.</translation>
    </message>
    <message>
        <source>Finish with an adjustment entry named</source>
        <translation>Terminer avec une opération d’ajustement nommée</translation>
    </message>
    <message>
        <source>Adjustment entry name</source>
        <translation>Nom de l’opération d’ajustement</translation>
    </message>
    <message>
        <source>no reconciliation in progress; start one with: permoney reconcile start --account A --date D --balance X</source>
        <translation>aucun rapprochement en cours ; commencez-en un avec : permoney reconcile start --account A --date D --balance X</translation>
    </message>
    <message>
        <source>no reconciliation of {name} in progress</source>
        <translation>aucun rapprochement de {name} en cours</translation>
    </message>
    <message>
        <source>several reconciliations are in progress; name one with --account</source>
        <translation>plusieurs rapprochements sont en cours ; désignez-en un avec --account</translation>
    </message>
    <message>
        <source>Start reconciliation</source>
        <translation>Commencer le rapprochement</translation>
    </message>
    <message>
        <source>a reconciliation of {name} is already in progress; finish it, or cancel it with: permoney reconcile cancel --account {name!r}</source>
        <translation>un rapprochement de {name} est déjà en cours ; terminez-le, ou annulez-le avec : permoney reconcile cancel --account {name!r}</translation>
    </message>
    <message>
        <source>{name} is reconciled to {last}; a new statement date must be later (or undo the last one with: permoney reconcile undo)</source>
        <translation>{name} est rapproché jusqu’au {last} ; une nouvelle date de relevé doit être postérieure (ou défaites le dernier avec : permoney reconcile undo)</translation>
    </message>
    <message>
        <source>Cancel reconciliation</source>
        <translation>Annuler le rapprochement</translation>
    </message>
    <message>
        <source>entries become reconciled by finishing a reconciliation</source>
        <translation>les opérations deviennent rapprochées en terminant un rapprochement</translation>
    </message>
    <message>
        <source>no entries given</source>
        <translation>aucune opération indiquée</translation>
    </message>
    <message>
        <source>Clear entry</source>
        <translation>Pointer l’opération</translation>
    </message>
    <message>
        <source>Unclear entry</source>
        <translation>Dépointer l’opération</translation>
    </message>
    <message>
        <source>Clear {count} entries</source>
        <translation>Pointer {count} opérations</translation>
    </message>
    <message>
        <source>Unclear {count} entries</source>
        <translation>Dépointer {count} opérations</translation>
    </message>
    <message>
        <source>entry {i} is a balance anchor; it has no cleared status</source>
        <translation>l’opération {i} est un solde de référence ; elle n’a pas d’état pointé</translation>
    </message>
    <message>
        <source>entry {locked} is reconciled; changing its status needs --force</source>
        <translation>l’opération {locked} est rapprochée ; changer son état demande --force</translation>
    </message>
    <message>
        <source>Finish reconciliation</source>
        <translation>Terminer le rapprochement</translation>
    </message>
    <message>
        <source>the difference is {diff}: tick the entries on the statement, or finish with --adjust to add an adjustment entry ({payee!r}) of {state}</source>
        <translation>l’écart est de {diff} : cochez les opérations du relevé, ou terminez avec --adjust pour ajouter une opération d’ajustement ({payee!r}) de {state}</translation>
    </message>
    <message>
        <source>an adjustment entry needs a name</source>
        <translation>une opération d’ajustement a besoin d’un nom</translation>
    </message>
    <message>
        <source>the balance set on {statement_date} decides that day&apos;s balance, so an adjustment entry would change nothing: change or remove that balance instead</source>
        <translation>le solde fixé au {statement_date} décide du solde de ce jour, une opération d’ajustement ne changerait donc rien : modifiez ou supprimez plutôt ce solde</translation>
    </message>
    <message>
        <source>Undo reconciliation</source>
        <translation>Défaire le rapprochement</translation>
    </message>
    <message>
        <source>{where} has no finished reconciliation to undo</source>
        <translation>{where} n’a aucun rapprochement terminé à défaire</translation>
    </message>
    <message>
        <source>a reconciliation of {name} is in progress; cancel it first</source>
        <translation>un rapprochement de {name} est en cours ; annulez-le d’abord</translation>
    </message>
    <message>
        <source>{name} states no closing balance; type it with --balance</source>
        <translation>{name} n’indique aucun solde de clôture ; saisissez-le avec --balance</translation>
    </message>
    <message>
        <source>{name} states {count} closing balances; type the date and balance</source>
        <translation>{name} indique {count} soldes de clôture ; saisissez la date et le solde</translation>
    </message>
    <message>
        <source>{name} states its balance in {cur}, {name2} is in {currency}</source>
        <translation>{name} indique son solde en {cur}, {name2} est en {currency}</translation>
    </message>
    <message>
        <source>Drop this statement; ticked entries stay cleared</source>
        <translation>Abandonner ce relevé ; les opérations cochées restent pointées</translation>
    </message>
    <message>
        <source>Close (finish later)</source>
        <translation>Fermer (terminer plus tard)</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Terminer</translation>
    </message>
    <message>
        <source>No statement reconciled yet.</source>
        <translation>Aucun relevé rapproché pour l’instant.</translation>
    </message>
    <message>
        <source>Statement file</source>
        <translation>Fichier de relevé</translation>
    </message>
    <message>
        <source>Bank statements (*.ofx *.qfx *.xml *.sta *.mt940);;All (*)</source>
        <translation>Relevés bancaires (*.ofx *.qfx *.xml *.sta *.mt940);;Tous (*)</translation>
    </message>
    <message>
        <source>The difference must be zero, or choose an adjustment entry of {amount}</source>
        <translation>L’écart doit être nul, ou choisissez une opération d’ajustement de {amount}</translation>
    </message>
    <message>
        <source>Reconcile the ticked entries</source>
        <translation>Rapprocher les opérations cochées</translation>
    </message>
    <message>
        <source>Type the closing balance printed on the statement.</source>
        <translation>Saisissez le solde de clôture imprimé sur le relevé.</translation>
    </message>
    <message>
        <source>The last reconciliation was undone: its entries are cleared.</source>
        <translation>Le dernier rapprochement a été annulé : ses opérations sont pointées.</translation>
    </message>
    <message>
        <source>Recovery key of {book_name}</source>
        <translation>Clé de récupération de {book_name}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{book_name}&lt;/b&gt; is encrypted. This is its recovery key:</source>
        <translation>&lt;b&gt;{book_name}&lt;/b&gt; est chiffré. Voici sa clé de récupération :</translation>
    </message>
    <message>
        <source>Copy the recovery key</source>
        <translation>Copier la clé de récupération</translation>
    </message>
    <message>
        <source>Write it down or keep it in a password manager now: it is shown only this once. If this computer&apos;s keyring is lost or the book is moved to another computer, the recovery key is the only way to open the book.</source>
        <translation>Notez-la ou gardez-la dès maintenant dans un gestionnaire de mots de passe : elle n’est affichée que cette fois. Si le trousseau de cet ordinateur est perdu ou si le livre est déplacé sur un autre ordinateur, la clé de récupération est le seul moyen d’ouvrir le livre.</translation>
    </message>
    <message>
        <source>The key is also kept in this computer&apos;s keyring, so the book opens by itself.</source>
        <translation>La clé est aussi gardée dans le trousseau de cet ordinateur, pour que le livre s’ouvre tout seul.</translation>
    </message>
    <message>
        <source>no secure keyring is available</source>
        <translation>aucun trousseau sécurisé n’est disponible</translation>
    </message>
    <message>
        <source>I have written down the recovery key</source>
        <translation>J’ai noté la clé de récupération</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Copied. Paste it into your password manager, then clear it.</source>
        <translation>Copiée. Collez-la dans votre gestionnaire de mots de passe, puis videz le presse-papiers.</translation>
    </message>
    <message>
        <source>Tick the box once the key is written down: it will not be shown again.</source>
        <translation>Cochez la case une fois la clé notée : elle ne sera plus affichée.</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>History of changes</source>
        <translation>Historique des modifications</translation>
    </message>
    <message>
        <source>Show the changes of</source>
        <translation>Afficher les modifications de</translation>
    </message>
    <message>
        <source>Show one person&apos;s changes (Alt+P)</source>
        <translation>Afficher les modifications d&apos;une personne (Alt+P)</translation>
    </message>
    <message>
        <source>Person:</source>
        <translation>Personne :</translation>
    </message>
    <message>
        <source>Choose a person</source>
        <translation>Choisir une personne</translation>
    </message>
    <message>
        <source>Changes, newest first</source>
        <translation>Modifications, les plus récentes d&apos;abord</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>The history cannot be read while the server cannot be reached.</source>
        <translation>L&apos;historique ne peut pas être lu tant que le serveur est injoignable.</translation>
    </message>
    <message>
        <source>No changes yet.</source>
        <translation>Aucune modification pour l&apos;instant.</translation>
    </message>
    <message>
        <source>The newest {count} changes, everyone&apos;s; you may undo your own.</source>
        <translation>Les {count} modifications les plus récentes, de tout le monde ; vous pouvez annuler les vôtres.</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <source>{name} (you)</source>
        <translation>{name} (vous)</translation>
    </message>
    <message>
        <source>(before authors were kept)</source>
        <translation>(avant l&apos;enregistrement des auteurs)</translation>
    </message>
    <message>
        <source>undone</source>
        <translation>annulée</translation>
    </message>
    <message>
        <source>done</source>
        <translation>effectuée</translation>
    </message>
    <message>
        <source>Then</source>
        <translation>Alors</translation>
    </message>
    <message>
        <source>Condition {number} field</source>
        <translation>Condition {number} : champ</translation>
    </message>
    <message>
        <source>Condition {number} test</source>
        <translation>Condition {number} : test</translation>
    </message>
    <message>
        <source>Condition {number} value</source>
        <translation>Condition {number} : valeur</translation>
    </message>
    <message>
        <source>Condition {number} upper amount</source>
        <translation>Condition {number} : montant supérieur</translation>
    </message>
    <message>
        <source>and</source>
        <translation>et</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove condition {number}</source>
        <translation>Retirer la condition {number}</translation>
    </message>
    <message>
        <source>text (any case)</source>
        <translation>texte (casse indifférente)</translation>
    </message>
    <message>
        <source>New rule</source>
        <translation>Nouvelle règle</translation>
    </message>
    <message>
        <source>Rule name</source>
        <translation>Nom de la règle</translation>
    </message>
    <message>
        <source>e.g. Coffee shops</source>
        <translation>par ex. Cafés</translation>
    </message>
    <message>
        <source>Add &amp;condition</source>
        <translation>Ajouter une &amp;condition</translation>
    </message>
    <message>
        <source>Add a condition</source>
        <translation>Ajouter une condition</translation>
    </message>
    <message>
        <source>When all of these hold (text tests ignore case)</source>
        <translation>Quand tout ceci est vrai (les tests de texte ignorent la casse)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>Set category</source>
        <translation>Définir la catégorie</translation>
    </message>
    <message>
        <source>(leave as is)</source>
        <translation>(laisser tel quel)</translation>
    </message>
    <message>
        <source>Set merchant</source>
        <translation>Définir le commerçant</translation>
    </message>
    <message>
        <source>Add tags</source>
        <translation>Ajouter des étiquettes</translation>
    </message>
    <message>
        <source>comma separated</source>
        <translation>séparées par des virgules</translation>
    </message>
    <message>
        <source>Rename payee to</source>
        <translation>Renommer le bénéficiaire en</translation>
    </message>
    <message>
        <source>Then set</source>
        <translation>Puis définir</translation>
    </message>
    <message>
        <source>Ca&amp;tegory:</source>
        <translation>Ca&amp;tégorie :</translation>
    </message>
    <message>
        <source>&amp;Merchant:</source>
        <translation>&amp;Commerçant :</translation>
    </message>
    <message>
        <source>T&amp;ags:</source>
        <translation>É&amp;tiquettes :</translation>
    </message>
    <message>
        <source>Rename &amp;payee to:</source>
        <translation>Renommer le &amp;bénéficiaire en :</translation>
    </message>
    <message>
        <source>A rule needs at least one condition.</source>
        <translation>Une règle a besoin d’au moins une condition.</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Règles</translation>
    </message>
    <message>
        <source>Rules fill in the category, merchant, tags or payee of imported entries. They run in this order; for each field the first matching rule wins. A field you set by hand is never changed.</source>
        <translation>Les règles remplissent la catégorie, le commerçant, les étiquettes ou le bénéficiaire des opérations importées. Elles s’appliquent dans cet ordre ; pour chaque champ, la première règle qui correspond l’emporte. Un champ défini à la main n’est jamais modifié.</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <source>Add a rule</source>
        <translation>Ajouter une règle</translation>
    </message>
    <message>
        <source>&amp;Enable/disable</source>
        <translation>&amp;Activer/désactiver</translation>
    </message>
    <message>
        <source>Enable or disable the selected rule</source>
        <translation>Activer ou désactiver la règle sélectionnée</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Delete the selected rule</source>
        <translation>Supprimer la règle sélectionnée</translation>
    </message>
    <message>
        <source>A&amp;pply to existing entries</source>
        <translation>A&amp;ppliquer aux opérations existantes</translation>
    </message>
    <message>
        <source>Apply the rules to existing entries</source>
        <translation>Appliquer les règles aux opérations existantes</translation>
    </message>
    <message>
        <source>No rules yet: Add… makes the first one.</source>
        <translation>Pas encore de règle : Ajouter… crée la première.</translation>
    </message>
    <message>
        <source>Rule added. Apply it to existing entries to use it now.</source>
        <translation>Règle ajoutée. Appliquez-la aux opérations existantes pour l’utiliser dès maintenant.</translation>
    </message>
    <message>
        <source>Select a rule first.</source>
        <translation>Sélectionnez d’abord une règle.</translation>
    </message>
    <message>
        <source>The rules changed {changed:,} of {examined:,} entries (one step: Edit → Undo takes it back).</source>
        <translation>Les règles ont modifié {changed:,} opérations sur {examined:,} (une seule étape : Édition → Annuler la reprend).</translation>
    </message>
    <message>
        <source>Nothing to change: the rules already agree with all {examined:,} entries.</source>
        <translation>Rien à changer : les règles concordent déjà avec les {examined:,} opérations.</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>Every</source>
        <translation>Tous les</translation>
    </message>
    <message>
        <source>Seen</source>
        <translation>Vues</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>Dernière</translation>
    </message>
    <message>
        <source>Schedules</source>
        <translation>Échéancier</translation>
    </message>
    <message>
        <source>&amp;Schedules</source>
        <translation>É&amp;chéancier</translation>
    </message>
    <message>
        <source>&amp;Upcoming</source>
        <translation>À &amp;venir</translation>
    </message>
    <message>
        <source>&amp;Detected</source>
        <translation>&amp;Détectées</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nouvelle</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>New schedule (Ctrl+N)</source>
        <translation>Nouvelle échéance (Ctrl+N)</translation>
    </message>
    <message>
        <source>Save the schedule (Ctrl+S)</source>
        <translation>Enregistrer l’échéance (Ctrl+S)</translation>
    </message>
    <message>
        <source>no schedule with id {schedule_id}</source>
        <translation>aucune échéance avec l’identifiant {schedule_id}</translation>
    </message>
    <message>
        <source>a schedule needs a name or a payee</source>
        <translation>une échéance a besoin d’un nom ou d’un bénéficiaire</translation>
    </message>
    <message>
        <source>a schedule name is at most {limit} characters</source>
        <translation>un nom d’échéance fait au plus {limit} caractères</translation>
    </message>
    <message>
        <source>a scheduled transfer between {currency} and {currency2} accounts is not supported (the amount received would change with the rate)</source>
        <translation>un virement planifié entre des comptes en {currency} et en {currency2} n’est pas pris en charge (le montant reçu changerait avec le taux)</translation>
    </message>
    <message>
        <source>Add schedule {name}</source>
        <translation>Ajouter l’échéance {name}</translation>
    </message>
    <message>
        <source>Edit schedule</source>
        <translation>Modifier l’échéance</translation>
    </message>
    <message>
        <source>Delete schedule</source>
        <translation>Supprimer l’échéance</translation>
    </message>
    <message>
        <source>Delete schedule {name}</source>
        <translation>Supprimer l’échéance {name}</translation>
    </message>
    <message>
        <source>Edit schedule from one occurrence on</source>
        <translation>Modifier l’échéance à partir d’une occurrence</translation>
    </message>
    <message>
        <source>{name} has no occurrence on {occurrence}</source>
        <translation>{name} n’a pas d’occurrence le {occurrence}</translation>
    </message>
    <message>
        <source>that is the first occurrence: edit the whole schedule instead</source>
        <translation>c’est la première occurrence : modifiez plutôt toute l’échéance</translation>
    </message>
    <message>
        <source>Detected recurring payments</source>
        <translation>Paiements récurrents détectés</translation>
    </message>
    <message>
        <source>&amp;Accept as a schedule</source>
        <translation>&amp;Accepter comme échéance</translation>
    </message>
    <message>
        <source>&amp;Reject (never propose again)</source>
        <translation>&amp;Rejeter (ne plus proposer)</translation>
    </message>
    <message>
        <source>Payments that came at a regular interval with a steady amount. Accepting one makes a schedule that starts after the latest payment; rejecting one is remembered.</source>
        <translation>Paiements venus à intervalle régulier avec un montant stable. En accepter un crée une échéance qui commence après le dernier paiement ; un rejet est retenu.</translation>
    </message>
    <message>
        <source>Nothing recurring found that is not scheduled or rejected already.</source>
        <translation>Rien de récurrent trouvé qui ne soit déjà planifié ou rejeté.</translation>
    </message>
    <message>
        <source>Occurrences in the past</source>
        <translation>Échéances passées</translation>
    </message>
    <message>
        <source>occurrence is</source>
        <translation>échéance est</translation>
    </message>
    <message>
        <source>occurrences are</source>
        <translation>échéances sont</translation>
    </message>
    <message>
        <source>{count} {noun} due between {start} and today.</source>
        <translation>{count} {noun} dues entre le {start} et aujourd’hui.</translation>
    </message>
    <message>
        <source>Post them now as entries, or count the schedule from today (choose this when those payments are already in the register)?</source>
        <translation>Les passer maintenant en opérations, ou compter l’échéance à partir d’aujourd’hui (choisissez ceci si ces paiements sont déjà dans le registre) ?</translation>
    </message>
    <message>
        <source>Post them</source>
        <translation>Les passer</translation>
    </message>
    <message>
        <source>From today</source>
        <translation>À partir d’aujourd’hui</translation>
    </message>
    <message>
        <source>New transfer</source>
        <translation>Nouveau virement</translation>
    </message>
    <message>
        <source>From account</source>
        <translation>Du compte</translation>
    </message>
    <message>
        <source>To account</source>
        <translation>Vers le compte</translation>
    </message>
    <message>
        <source>only across currencies</source>
        <translation>seulement entre devises</translation>
    </message>
    <message>
        <source>Amount received</source>
        <translation>Montant reçu</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Type the amount to move.</source>
        <translation>Saisissez le montant à déplacer.</translation>
    </message>
    <message>
        <source>The transfer could not be saved.</source>
        <translation>Le virement n’a pas pu être enregistré.</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Lier</translation>
    </message>
    <message>
        <source>Review transfer matches</source>
        <translation>Examiner les virements appariés</translation>
    </message>
    <message>
        <source>Each row is money leaving one account and the same amount arriving in another within four days. Check the ones that are really transfers between your accounts: they stop counting as income and spending. Rejected pairs are never proposed again.</source>
        <translation>Chaque ligne est de l’argent qui quitte un compte et le même montant qui arrive sur un autre en moins de quatre jours. Cochez ceux qui sont vraiment des virements entre vos comptes : ils ne comptent plus comme revenus et dépenses. Les paires rejetées ne sont plus jamais proposées.</translation>
    </message>
    <message>
        <source>Check &amp;all</source>
        <translation>Tout &amp;cocher</translation>
    </message>
    <message>
        <source>Check all pairs</source>
        <translation>Cocher toutes les paires</translation>
    </message>
    <message>
        <source>&amp;Link checked as transfers</source>
        <translation>&amp;Lier les cochées comme virements</translation>
    </message>
    <message>
        <source>Link the checked pairs as transfers</source>
        <translation>Lier les paires cochées comme virements</translation>
    </message>
    <message>
        <source>&amp;Not transfers</source>
        <translation>&amp;Pas des virements</translation>
    </message>
    <message>
        <source>Reject the checked pairs</source>
        <translation>Rejeter les paires cochées</translation>
    </message>
    <message>
        <source>No possible transfers to review.</source>
        <translation>Aucun virement possible à examiner.</translation>
    </message>
    <message>
        <source>Check the pairs first.</source>
        <translation>Cochez d’abord les paires.</translation>
    </message>
    <message>
        <source>{error}. Nothing was changed.</source>
        <translation>{error}. Rien n’a été modifié.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln pairs linked.</source>
        <translation>
            <numerusform>%Ln paire liée.</numerusform>
            <numerusform>%Ln paires liées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln pairs rejected.</source>
        <translation>
            <numerusform>%Ln paire rejetée.</numerusform>
            <numerusform>%Ln paires rejetées.</numerusform>
        </translation>
    </message>
    <message>
        <source>{mismatches} of {reconciles} provisional figures differed from the worker&apos;s; the worker&apos;s figure is shown. This is a bug: please report it with the log file.</source>
        <translation>{mismatches} chiffres provisoires sur {reconciles} différaient de ceux du service d’arrière-plan ; le chiffre de celui-ci est affiché. C’est un bogue : merci de le signaler avec le fichier journal.</translation>
    </message>
    <message>
        <source>Balances</source>
        <translation>Soldes</translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>À jour</translation>
    </message>
    <message numerus="yes">
        <source>{count:,} account(s) being brought up to date</source>
        <translation>
            <numerusform>{count:,} compte en cours de mise à jour</numerusform>
            <numerusform>{count:,} comptes en cours de mise à jour</numerusform>
        </translation>
    </message>
    <message>
        <source>Encrypted</source>
        <translation>Chiffré</translation>
    </message>
    <message>
        <source>Not encrypted</source>
        <translation>Non chiffré</translation>
    </message>
    <message>
        <source>Secure ({backend})</source>
        <translation>Sécurisé ({backend})</translation>
    </message>
    <message>
        <source>No secure keyring: the book&apos;s key is asked for at each start.</source>
        <translation>Pas de trousseau sécurisé : la clé du livre est demandée à chaque démarrage.</translation>
    </message>
    <message>
        <source>Not secure: keys are not stored</source>
        <translation>Non sécurisé : les clés ne sont pas conservées</translation>
    </message>
    <message>
        <source>No backup yet: File → Back up now… (the worker also takes one a day).</source>
        <translation>Pas encore de sauvegarde : Fichier → Sauvegarder maintenant… (le service d’arrière-plan en fait aussi une par jour).</translation>
    </message>
    <message>
        <source>Last backup</source>
        <translation>Dernière sauvegarde</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>Aucune pour l’instant</translation>
    </message>
    <message>
        <source>unknown problem</source>
        <translation>problème inconnu</translation>
    </message>
    <message>
        <source>The last backup failed verification ({problem}); check the free space and back up again.</source>
        <translation>La dernière sauvegarde n’a pas passé la vérification ({problem}) ; vérifiez l’espace libre et sauvegardez à nouveau.</translation>
    </message>
    <message>
        <source>{when} · failed</source>
        <translation>{when} · échec</translation>
    </message>
    <message>
        <source>{when} · verified · {size}</source>
        <translation>{when} · vérifiée · {size}</translation>
    </message>
    <message>
        <source>Not checked yet: the worker checks daily, or File → Check book integrity…</source>
        <translation>Pas encore vérifié : le service d’arrière-plan vérifie chaque jour, ou Fichier → Vérifier l’intégrité du livre…</translation>
    </message>
    <message>
        <source>Last check</source>
        <translation>Dernière vérification</translation>
    </message>
    <message>
        <source>Never run</source>
        <translation>Jamais effectuée</translation>
    </message>
    <message numerus="yes">
        <source>The last check found %n problem(s): File → Check book integrity… lists them, and Repair rebuilds what can be rebuilt.</source>
        <translation>
            <numerusform>La dernière vérification a trouvé %n problème : Fichier → Vérifier l’intégrité du livre… le détaille, et Réparer reconstruit ce qui peut l’être.</numerusform>
            <numerusform>La dernière vérification a trouvé %n problèmes : Fichier → Vérifier l’intégrité du livre… les détaille, et Réparer reconstruit ce qui peut l’être.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problème</numerusform>
            <numerusform>%n problèmes</numerusform>
        </translation>
    </message>
    <message>
        <source>clean</source>
        <translation>sans erreur</translation>
    </message>
    <message>
        <source>{when} · {state} · {count:,} accounts</source>
        <translation>{when} · {state} · {count:,} comptes</translation>
    </message>
    <message>
        <source>The account&apos;s opening balance: change its date or amount here or in Edit account…; the balances below start from it.</source>
        <translation>Le solde d’ouverture du compte : modifiez sa date ou son montant ici ou dans Modifier le compte… ; les soldes ci-dessous partent de lui.</translation>
    </message>
    <message>
        <source>The shared book&apos;s server cannot be reached</source>
        <translation>Le serveur du livre partagé est injoignable</translation>
    </message>
    <message>
        <source>&amp;Try again now</source>
        <translation>&amp;Réessayer maintenant</translation>
    </message>
    <message>
        <source>Try to reach the server again now</source>
        <translation>Réessayer maintenant de joindre le serveur</translation>
    </message>
    <message>
        <source>Cannot reach the server of {book}: showing the last figures</source>
        <translation>Serveur de {book} injoignable : affichage des derniers chiffres</translation>
    </message>
    <message>
        <source>Nothing can be changed until the server answers again: changes are refused, not kept aside to send later. Permoney tries again every few seconds and brings everything up to date once it is back. ({why})</source>
        <translation>Rien ne peut être modifié tant que le serveur ne répond pas : les modifications sont refusées, pas mises de côté pour plus tard. Permoney réessaie toutes les quelques secondes et remet tout à jour dès son retour. ({why})</translation>
    </message>
    <message>
        <source>Password for the shared book</source>
        <translation>Mot de passe du livre partagé</translation>
    </message>
    <message>
        <source>Password for {login}:</source>
        <translation>Mot de passe pour {login} :</translation>
    </message>
    <message>
        <source>Part of {total}: {lines}</source>
        <translation>Partie de {total} : {lines}</translation>
    </message>
    <message>
        <source>Part of a split entry: this filter takes {shown} of its {whole} (the lines below that it matches).</source>
        <translation>Partie d’une opération ventilée : ce filtre en retient {shown} sur {whole} (les lignes ci-dessous qu’il retient).</translation>
    </message>
    <message>
        <source>Import book {file}</source>
        <translation>Importer le livre {file}</translation>
    </message>
    <message>
        <source>a book export goes into an empty book; this one has data</source>
        <translation>un export de livre va dans un livre vide ; celui-ci contient des données</translation>
    </message>
    <message>
        <source>rise</source>
        <translation>monter</translation>
    </message>
    <message>
        <source>fall</source>
        <translation>descendre</translation>
    </message>
    <message>
        <source>limits must {direction} from target to warning to critical, got {target}/{warning}/{critical}</source>
        <translation>les limites doivent {direction} de la cible à l’avertissement puis au critique, reçu {target}/{warning}/{critical}</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 jour</translation>
    </message>
    <message>
        <source>{days} days</source>
        <translation>{days} jours</translation>
    </message>
    <message>
        <source>queue latency above {target}: the worker is busy and catching up</source>
        <translation>latence de la file au-delà de {target} : le service d’arrière-plan est occupé et rattrape son retard</translation>
    </message>
    <message>
        <source>queue latency above {warning}: raise worker threads (setting worker.threads or PERMONEY_WORKER_THREADS)</source>
        <translation>latence de la file au-delà de {warning} : augmentez les threads du service (réglage worker.threads ou PERMONEY_WORKER_THREADS)</translation>
    </message>
    <message>
        <source>queue latency above {critical}: the worker is not keeping up or not running; start the app or `permoney worker`, and raise worker threads</source>
        <translation>latence de la file au-delà de {critical} : le service ne suit pas ou ne tourne pas ; lancez l’application ou `permoney worker`, et augmentez les threads</translation>
    </message>
    <message>
        <source>failure rate above {target}: see the last errors below</source>
        <translation>taux d’échec au-delà de {target} : voir les dernières erreurs ci-dessous</translation>
    </message>
    <message>
        <source>failure rate above {warning}: check the last error of each task</source>
        <translation>taux d’échec au-delà de {warning} : vérifiez la dernière erreur de chaque tâche</translation>
    </message>
    <message>
        <source>failure rate above {critical}: background updates keep failing; check the last errors and run `permoney sync --wait` to retry</source>
        <translation>taux d’échec au-delà de {critical} : les mises à jour en arrière-plan échouent sans cesse ; vérifiez les dernières erreurs et lancez `permoney sync --wait` pour réessayer</translation>
    </message>
    <message>
        <source>some jobs ran longer than the slow-job limit; large imports do that</source>
        <translation>certaines tâches ont dépassé la limite de lenteur ; les gros imports le font</translation>
    </message>
    <message>
        <source>several slow jobs: consider more worker threads, or vacuum the book</source>
        <translation>plusieurs tâches lentes : envisagez plus de threads, ou compactez le livre (vacuum)</translation>
    </message>
    <message>
        <source>many slow jobs: the book may need `permoney sync` for a full rebuild</source>
        <translation>beaucoup de tâches lentes : le livre a peut-être besoin de `permoney sync` pour une reconstruction complète</translation>
    </message>
    <message>
        <source>a job has run for a long time</source>
        <translation>une tâche tourne depuis longtemps</translation>
    </message>
    <message>
        <source>a job is stuck: restart the app (queued work is kept)</source>
        <translation>une tâche est bloquée : redémarrez l’application (le travail en attente est conservé)</translation>
    </message>
    <message>
        <source>several jobs are stuck: restart the app (queued work is kept)</source>
        <translation>plusieurs tâches sont bloquées : redémarrez l’application (le travail en attente est conservé)</translation>
    </message>
    <message>
        <source>a lock was left behind; the next cleanup clears it</source>
        <translation>un verrou est resté ; le prochain nettoyage le libère</translation>
    </message>
    <message>
        <source>locks left by a crashed worker block syncs; the cleanup clears them within 5 minutes, or restart the app</source>
        <translation>des verrous laissés par un service planté bloquent les synchronisations ; le nettoyage les libère en 5 minutes, ou redémarrez l’application</translation>
    </message>
    <message>
        <source>many stale locks: restart the app to clear them</source>
        <translation>beaucoup de verrous périmés : redémarrez l’application pour les libérer</translation>
    </message>
    <message>
        <source>cache hit rate below {target}: figures are being recomputed on demand</source>
        <translation>taux de succès du cache sous {target} : les chiffres sont recalculés à la demande</translation>
    </message>
    <message>
        <source>cache hit rate below {warning}: check that the worker runs (it keeps every period cached)</source>
        <translation>taux de succès du cache sous {warning} : vérifiez que le service tourne (il garde chaque période en cache)</translation>
    </message>
    <message>
        <source>cache hit rate below {critical}: the dashboard computes most figures itself; start the worker or run `permoney cache clear`</source>
        <translation>taux de succès du cache sous {critical} : le tableau de bord calcule lui-même la plupart des chiffres ; lancez le service ou `permoney cache clear`</translation>
    </message>
    <message>
        <source>cache lookups above {target}: the disk is busy</source>
        <translation>consultations du cache au-delà de {target} : le disque est occupé</translation>
    </message>
    <message>
        <source>cache lookups above {warning}: the cache folder may be on a slow disk</source>
        <translation>consultations du cache au-delà de {warning} : le dossier du cache est peut-être sur un disque lent</translation>
    </message>
    <message>
        <source>cache lookups above {critical}: run `permoney cache clear`</source>
        <translation>consultations du cache au-delà de {critical} : lancez `permoney cache clear`</translation>
    </message>
    <message>
        <source>more cache entries than expected; expired ones are trimmed every 5 min</source>
        <translation>plus d’entrées de cache que prévu ; les expirées sont supprimées toutes les 5 min</translation>
    </message>
    <message>
        <source>many cache entries: run `permoney cache clear` (safe, recomputed)</source>
        <translation>beaucoup d’entrées de cache : lancez `permoney cache clear` (sans risque, recalculé)</translation>
    </message>
    <message>
        <source>far too many cache entries: run `permoney cache clear`</source>
        <translation>bien trop d’entrées de cache : lancez `permoney cache clear`</translation>
    </message>
    <message>
        <source>the metrics cache folder is unusable (corrupt, locked or disk full); figures are computed on demand. Free disk space or run `permoney cache clear`</source>
        <translation>le dossier du cache des indicateurs est inutilisable (corrompu, verrouillé ou disque plein) ; les chiffres sont calculés à la demande. Libérez de l’espace ou lancez `permoney cache clear`</translation>
    </message>
    <message>
        <source>some window actions take longer than {target}</source>
        <translation>certaines actions de la fenêtre prennent plus de {target}</translation>
    </message>
    <message>
        <source>window actions take over {warning}: the book may need its worker</source>
        <translation>les actions de la fenêtre prennent plus de {warning} : le livre a peut-être besoin de son service</translation>
    </message>
    <message>
        <source>window actions take over {critical}: report it with the health page</source>
        <translation>les actions de la fenêtre prennent plus de {critical} : signalez-le avec la page d’état</translation>
    </message>
    <message>
        <source>the app uses more than {target}; caches are trimmed every 5 minutes</source>
        <translation>l’application utilise plus de {target} ; les caches sont réduits toutes les 5 minutes</translation>
    </message>
    <message>
        <source>the app uses more than {warning}: restart it to free memory</source>
        <translation>l’application utilise plus de {warning} : redémarrez-la pour libérer de la mémoire</translation>
    </message>
    <message>
        <source>the app uses more than {critical}: restart it now</source>
        <translation>l’application utilise plus de {critical} : redémarrez-la maintenant</translation>
    </message>
    <message>
        <source>the last backup is {value} old: File → Back up now…</source>
        <translation>la dernière sauvegarde date de {value} : Fichier → Sauvegarder maintenant…</translation>
    </message>
    <message>
        <source>the last backup is {value} old: File → Back up now… (is the worker running?)</source>
        <translation>la dernière sauvegarde date de {value} : Fichier → Sauvegarder maintenant… (le service tourne-t-il ?)</translation>
    </message>
    <message>
        <source>the last backup is {value} old: back up now (File → Back up now…) and keep the app or `permoney worker` running so it takes one daily</source>
        <translation>la dernière sauvegarde date de {value} : sauvegardez maintenant (Fichier → Sauvegarder maintenant…) et laissez tourner l’application ou `permoney worker` pour une sauvegarde quotidienne</translation>
    </message>
    <message>
        <source>the last integrity check is {value} old</source>
        <translation>la dernière vérification d’intégrité date de {value}</translation>
    </message>
    <message>
        <source>the last integrity check is {value} old: File → Check book integrity…</source>
        <translation>la dernière vérification d’intégrité date de {value} : Fichier → Vérifier l’intégrité du livre…</translation>
    </message>
    <message>
        <source>the book has not been checked for {value}: File → Check book integrity… now</source>
        <translation>le livre n’a pas été vérifié depuis {value} : Fichier → Vérifier l’intégrité du livre… maintenant</translation>
    </message>
    <message>
        <source>setting {key}: no such threshold</source>
        <translation>réglage {key} : seuil inexistant</translation>
    </message>
    <message>
        <source>setting {key}: expected a number, got {raw!r}</source>
        <translation>réglage {key} : nombre attendu, reçu {raw!r}</translation>
    </message>
    <message>
        <source>setting {key}: must be above zero, got {raw!r}</source>
        <translation>réglage {key} : doit être supérieur à zéro, reçu {raw!r}</translation>
    </message>
    <message>
        <source>setting {key}: unknown limit {value!r}</source>
        <translation>réglage {key} : limite inconnue {value!r}</translation>
    </message>
    <message>
        <source>setting {key}: expected [target, warning, critical] or a dict, got {raw!r}</source>
        <translation>réglage {key} : [cible, avertissement, critique] ou un dictionnaire attendu, reçu {raw!r}</translation>
    </message>
    <message>
        <source>setting {key}: {error}</source>
        <translation>réglage {key} : {error}</translation>
    </message>
    <message>
        <source>entries {a} and {b} do not both exist</source>
        <translation>les opérations {a} et {b} n’existent pas toutes les deux</translation>
    </message>
    <message>
        <source>Link 1 transfer</source>
        <translation>Lier 1 virement</translation>
    </message>
    <message>
        <source>Link {count} transfers</source>
        <translation>Lier {count} virements</translation>
    </message>
    <message>
        <source>entry {value} is in two proposed pairs</source>
        <translation>l’opération {value} est dans deux paires proposées</translation>
    </message>
    <message>
        <source>entry {r} is already a transfer or not a transaction</source>
        <translation>l’opération {r} est déjà un virement ou n’est pas une transaction</translation>
    </message>
    <message>
        <source>entries {a} and {b} are in the same account</source>
        <translation>les opérations {a} et {b} sont sur le même compte</translation>
    </message>
    <message>
        <source>entries {a} and {b} do not move money in opposite directions</source>
        <translation>les opérations {a} et {b} ne déplacent pas l’argent dans des sens opposés</translation>
    </message>
    <message>
        <source>Reject transfer match</source>
        <translation>Rejeter l’appariement de virement</translation>
    </message>
    <message>
        <source>Import {file}</source>
        <translation>Importer {file}</translation>
    </message>
    <message>
        <source>Import {count} entries from {file}</source>
        <translation>Importer {count} opérations de {file}</translation>
    </message>
    <message>
        <source>Import {count} entries from {file} (1 correction)</source>
        <translation>Importer {count} opérations de {file} (1 correction)</translation>
    </message>
    <message>
        <source>Import {count} entries from {file} ({corrections} corrections)</source>
        <translation>Importer {count} opérations de {file} ({corrections} corrections)</translation>
    </message>
    <message>
        <source>Set loan terms</source>
        <translation>Définir les conditions du prêt</translation>
    </message>
    <message>
        <source>{name!r} is not a loan or another liability account</source>
        <translation>{name!r} n’est ni un prêt ni un autre compte de passif</translation>
    </message>
    <message>
        <source>Set loan interest category</source>
        <translation>Définir la catégorie d’intérêts du prêt</translation>
    </message>
    <message>
        <source>{name!r} has no loan terms; set them with: permoney loan add --account {name!r} …</source>
        <translation>{name!r} n’a pas de conditions de prêt ; définissez-les avec : permoney loan add --account {name!r} …</translation>
    </message>
    <message>
        <source>interest is an expense: {full_name!r} is an {kind} category; choose an expense category</source>
        <translation>les intérêts sont une dépense : {full_name!r} est de type {kind} ; choisissez une catégorie de dépenses</translation>
    </message>
    <message>
        <source>Record loan payment</source>
        <translation>Enregistrer un remboursement de prêt</translation>
    </message>
    <message>
        <source>a loan&apos;s principal must be more than zero</source>
        <translation>le capital d’un prêt doit être supérieur à zéro</translation>
    </message>
    <message>
        <source>a yearly rate is a percent from 0 to {limit}, not {rate}</source>
        <translation>un taux annuel est un pourcentage de 0 à {limit}, pas {rate}</translation>
    </message>
    <message>
        <source>a loan&apos;s term is 1 to {limit} months</source>
        <translation>la durée d’un prêt est de 1 à {limit} mois</translation>
    </message>
    <message>
        <source>a loan&apos;s payment must be more than zero</source>
        <translation>la mensualité d’un prêt doit être supérieure à zéro</translation>
    </message>
    <message>
        <source>an extra payment cannot be negative</source>
        <translation>un remboursement supplémentaire ne peut pas être négatif</translation>
    </message>
    <message>
        <source>the payment does not cover the interest: the loan would never be repaid</source>
        <translation>la mensualité ne couvre pas les intérêts : le prêt ne serait jamais remboursé</translation>
    </message>
    <message>
        <source>the payment is too small to repay the loan in 200 years</source>
        <translation>la mensualité est trop faible pour rembourser le prêt en 200 ans</translation>
    </message>
    <message>
        <source>no payment is scheduled in {day:%Y-%m} (payments run {first} to {last})</source>
        <translation>aucune mensualité n’est prévue en {day:%Y-%m} (les mensualités vont du {first} au {last})</translation>
    </message>
    <message>
        <source>the payment account is in {currency}, the loan in {currency2}</source>
        <translation>le compte de paiement est en {currency}, le prêt en {currency2}</translation>
    </message>
    <message>
        <source>a payment of {loan} on {day} does not cover that month&apos;s interest ({loan2})</source>
        <translation>un paiement de {loan} le {day} ne couvre pas les intérêts de ce mois ({loan2})</translation>
    </message>
    <message>
        <source>no merchant with id {merchant_id}</source>
        <translation>aucun commerçant avec l’identifiant {merchant_id}</translation>
    </message>
    <message>
        <source>a merchant needs a name</source>
        <translation>un commerçant a besoin d’un nom</translation>
    </message>
    <message>
        <source>merchant names are at most 200 characters</source>
        <translation>les noms de commerçant font au plus 200 caractères</translation>
    </message>
    <message>
        <source>a merchant named {name!r} already exists</source>
        <translation>un commerçant nommé {name!r} existe déjà</translation>
    </message>
    <message>
        <source>Add merchant</source>
        <translation>Ajouter un commerçant</translation>
    </message>
    <message>
        <source>unknown merchant {name!r}</source>
        <translation>commerçant inconnu {name!r}</translation>
    </message>
    <message>
        <source>Rename merchant</source>
        <translation>Renommer le commerçant</translation>
    </message>
    <message>
        <source>Delete merchant</source>
        <translation>Supprimer le commerçant</translation>
    </message>
    <message>
        <source>a rate needs two different currencies, got {base}→{quote}</source>
        <translation>un taux a besoin de deux devises différentes, pas {base}→{quote}</translation>
    </message>
    <message>
        <source>an exchange rate must be positive, got {rate}</source>
        <translation>un taux de change doit être positif, pas {rate}</translation>
    </message>
    <message>
        <source>Delete exchange rate</source>
        <translation>Supprimer le taux de change</translation>
    </message>
    <message>
        <source>no {b}-&gt;{q} rate on {day}</source>
        <translation>aucun taux {b}-&gt;{q} le {day}</translation>
    </message>
    <message>
        <source>Add exchange rate</source>
        <translation>Ajouter un taux de change</translation>
    </message>
    <message>
        <source>{source}: no rates found (expected lines of date,from,to,rate)</source>
        <translation>{source} : aucun taux trouvé (lignes attendues : date,from,to,rate)</translation>
    </message>
    <message>
        <source>{name}: not a UTF-8 text file</source>
        <translation>{name} : pas un fichier texte UTF-8</translation>
    </message>
    <message>
        <source>Import {count} exchange rates</source>
        <translation>Importer {count} taux de change</translation>
    </message>
    <message>
        <source>no open proposal {proposal_id!r} (list them with: schedule detect)</source>
        <translation>aucune proposition ouverte {proposal_id!r} (listez-les avec : schedule detect)</translation>
    </message>
    <message>
        <source>Reject recurring {payee}</source>
        <translation>Rejeter l’opération récurrente {payee}</translation>
    </message>
    <message>
        <source>a rule needs at least one condition</source>
        <translation>une règle a besoin d’au moins une condition</translation>
    </message>
    <message>
        <source>tag names cannot contain commas</source>
        <translation>les noms d’étiquette ne peuvent pas contenir de virgule</translation>
    </message>
    <message>
        <source>Add rule</source>
        <translation>Ajouter une règle</translation>
    </message>
    <message>
        <source>a rule needs an action (category, merchant, tags or payee)</source>
        <translation>une règle a besoin d’une action (catégorie, commerçant, étiquettes ou bénéficiaire)</translation>
    </message>
    <message>
        <source>no rule with id {rule_id}</source>
        <translation>aucune règle avec l’identifiant {rule_id}</translation>
    </message>
    <message>
        <source>Delete rule</source>
        <translation>Supprimer la règle</translation>
    </message>
    <message>
        <source>Enable rule</source>
        <translation>Activer la règle</translation>
    </message>
    <message>
        <source>Disable rule</source>
        <translation>Désactiver la règle</translation>
    </message>
    <message>
        <source>Apply rules</source>
        <translation>Appliquer les règles</translation>
    </message>
    <message>
        <source>Apply rules to {count} entries</source>
        <translation>Appliquer les règles à {count} opérations</translation>
    </message>
    <message>
        <source>Edit rule</source>
        <translation>Modifier la règle</translation>
    </message>
    <message>
        <source>Post scheduled transactions</source>
        <translation>Passer les opérations planifiées</translation>
    </message>
    <message>
        <source>Post 1 scheduled transaction</source>
        <translation>Passer 1 opération planifiée</translation>
    </message>
    <message>
        <source>Post {count} scheduled transactions</source>
        <translation>Passer {count} opérations planifiées</translation>
    </message>
    <message>
        <source>{name} has no occurrence left to handle</source>
        <translation>{name} n’a plus d’occurrence à traiter</translation>
    </message>
    <message>
        <source>the {occurrence} occurrence of {name} is already {handled}</source>
        <translation>l’occurrence du {occurrence} de {name} est déjà {handled}</translation>
    </message>
    <message>
        <source>Post scheduled transaction</source>
        <translation>Passer l’opération planifiée</translation>
    </message>
    <message>
        <source>Post {name} of {day}</source>
        <translation>Passer {name} du {day}</translation>
    </message>
    <message>
        <source>Skip scheduled transaction</source>
        <translation>Sauter l’opération planifiée</translation>
    </message>
    <message>
        <source>Skip {name} of {day}</source>
        <translation>Sauter {name} du {day}</translation>
    </message>
    <message>
        <source>Add transfer</source>
        <translation>Ajouter un virement</translation>
    </message>
    <message>
        <source>no transfer with id {transfer_id}</source>
        <translation>aucun virement avec l’identifiant {transfer_id}</translation>
    </message>
    <message>
        <source>Edit transfer</source>
        <translation>Modifier le virement</translation>
    </message>
    <message>
        <source>Delete transfer</source>
        <translation>Supprimer le virement</translation>
    </message>
    <message>
        <source>Edit valuation</source>
        <translation>Modifier l’évaluation</translation>
    </message>
    <message>
        <source>{what} must be a Decimal or a string, not {type}</source>
        <translation>{what} doit être un Decimal ou une chaîne, pas {type}</translation>
    </message>
    <message>
        <source>{what} is not a number: {value}</source>
        <translation>{what} n’est pas un nombre : {value}</translation>
    </message>
    <message>
        <source>{what} {value} is too large (amounts up to {digits:,} are supported)</source>
        <translation>{what} {value} est trop grand (les montants jusqu’à {digits:,} sont pris en charge)</translation>
    </message>
    <message>
        <source>{what} {value} has more decimals than {cur} allows ({allowed})</source>
        <translation>{what} {value} a plus de décimales que {cur} n’en permet ({allowed})</translation>
    </message>
    <message>
        <source>decimal comma</source>
        <translation>virgule décimale</translation>
    </message>
    <message>
        <source>decimal point</source>
        <translation>point décimal</translation>
    </message>
    <message>
        <source>not an amount: {text!r} (reading with a {sep})</source>
        <translation>pas un montant : {text!r} (lu avec {sep})</translation>
    </message>
    <message>
        <source>not an amount: {text!r}</source>
        <translation>pas un montant : {text!r}</translation>
    </message>
    <message>
        <source>{value!r} reads with a decimal point and with a decimal comma, and no amount decides which; choose the decimal separator</source>
        <translation>{value!r} se lit avec un point décimal et avec une virgule décimale, et aucun montant ne tranche ; choisissez le séparateur décimal</translation>
    </message>
    <message>
        <source>{amount} has more decimals than {currency} allows ({exp}); check the decimal separator</source>
        <translation>{amount} a plus de décimales que {currency} n’en permet ({exp}) ; vérifiez le séparateur décimal</translation>
    </message>
    <message>
        <source>{amount} is too large for an amount</source>
        <translation>{amount} est trop grand pour un montant</translation>
    </message>
    <message>
        <source>money cannot be built from a float or bool; use Decimal or str</source>
        <translation>l’argent ne se construit pas à partir d’un float ou d’un bool ; utilisez Decimal ou str</translation>
    </message>
    <message>
        <source>not an amount: {amount!r}</source>
        <translation>pas un montant : {amount!r}</translation>
    </message>
    <message>
        <source>minor units must be an int, got {type}</source>
        <translation>les unités mineures doivent être un int, pas {type}</translation>
    </message>
    <message>
        <source>cannot combine Money with {type}</source>
        <translation>impossible de combiner de l’argent avec {type}</translation>
    </message>
    <message>
        <source>cannot combine {currency} with {currency2} without an exchange rate</source>
        <translation>impossible de combiner {currency} et {currency2} sans taux de change</translation>
    </message>
    <message>
        <source>money can only be multiplied by a Decimal or an int</source>
        <translation>l’argent ne peut être multiplié que par un Decimal ou un int</translation>
    </message>
    <message>
        <source>exchange rate must be a positive Decimal, got {rate!r}</source>
        <translation>le taux de change doit être un Decimal positif, pas {rate!r}</translation>
    </message>
    <message>
        <source>a split needs at least two lines (one line is the entry itself)</source>
        <translation>une ventilation a besoin d’au moins deux lignes (une seule ligne est l’opération elle-même)</translation>
    </message>
    <message>
        <source>a split has at most {limit} lines, not {count}</source>
        <translation>une ventilation a au plus {limit} lignes, pas {count}</translation>
    </message>
    <message>
        <source>split line {i} memo is longer than {limit} characters</source>
        <translation>le mémo de la ligne de ventilation {i} dépasse {limit} caractères</translation>
    </message>
    <message>
        <source>split lines sum to {lines_sum}, not the entry&apos;s {total} ({left} still to assign)</source>
        <translation>les lignes de ventilation font {lines_sum}, pas les {total} de l’opération ({left} restent à répartir)</translation>
    </message>
    <message>
        <source>split line {i} has both a category and a transfer account</source>
        <translation>la ligne de ventilation {i} a à la fois une catégorie et un compte de virement</translation>
    </message>
    <message>
        <source>a tag name cannot contain a comma: {t!r}</source>
        <translation>un nom d’étiquette ne peut pas contenir de virgule : {t!r}</translation>
    </message>
    <message>
        <source>type a date as YYYY-MM-DD, in your usual order, as digits only, or t, +1, -1</source>
        <translation>saisissez une date en AAAA-MM-JJ, dans votre ordre habituel, en chiffres seuls, ou t, +1, -1</translation>
    </message>
    <message>
        <source>no date: {hint}</source>
        <translation>pas de date : {hint}</translation>
    </message>
    <message>
        <source>not a date: {text!r} ({hint})</source>
        <translation>pas une date : {text!r} ({hint})</translation>
    </message>
    <message>
        <source>{text!r} is outside {MIN_YEAR}–{MAX_YEAR}</source>
        <translation>{text!r} est hors de {MIN_YEAR}–{MAX_YEAR}</translation>
    </message>
    <message>
        <source>not a date: {shown!r} ({hint})</source>
        <translation>pas une date : {shown!r} ({hint})</translation>
    </message>
    <message>
        <source>{shown!r} could be {options}: type it as YYYY-MM-DD</source>
        <translation>{shown!r} pourrait être {options} : saisissez-la en AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>entry {entry_id} was deleted by someone else; nothing was saved</source>
        <translation>l’opération {entry_id} a été supprimée par quelqu’un d’autre ; rien n’a été enregistré</translation>
    </message>
    <message>
        <source>the book is busy with another person&apos;s change; nothing was saved, try again</source>
        <translation>le livre est occupé par la modification d’une autre personne ; rien n’a été enregistré, réessayez</translation>
    </message>
    <message>
        <source>another entry in this account already has the same bank id (it was imported or moved there first); nothing was saved</source>
        <translation>une autre opération de ce compte a déjà le même identifiant bancaire (elle y a été importée ou déplacée en premier) ; rien n’a été enregistré</translation>
    </message>
    <message>
        <source>unknown account type {text!r} (one of: {names})</source>
        <translation>type de compte inconnu {text!r} (l’un de : {names})</translation>
    </message>
    <message>
        <source>unknown currency code {code!r} (expected an ISO 4217 code such as USD)</source>
        <translation>code de devise inconnu {code!r} (un code ISO 4217 comme EUR est attendu)</translation>
    </message>
    <message>
        <source>{what} {day} is outside the supported range ({first} to {last})</source>
        <translation>{what} {day} est hors de la plage prise en charge ({first} à {last})</translation>
    </message>
    <message>
        <source>{what} {value} is too large (amounts up to {exp:,} are supported)</source>
        <translation>{what} {value} est trop grand (les montants jusqu’à {exp:,} sont pris en charge)</translation>
    </message>
    <message>
        <source>unknown period {text!r} (one of: {names})</source>
        <translation>période inconnue {text!r} (l’une de : {names})</translation>
    </message>
    <message>
        <source>a period cannot end ({end}) before it starts ({start})</source>
        <translation>une période ne peut pas finir ({end}) avant de commencer ({start})</translation>
    </message>
    <message>
        <source>a custom period needs its dates: use custom_period(start, end)</source>
        <translation>une période personnalisée a besoin de ses dates : utilisez custom_period(start, end)</translation>
    </message>
    <message>
        <source>unknown status {text!r} (one of: {names})</source>
        <translation>état inconnu {text!r} (l’un de : {names})</translation>
    </message>
    <message>
        <source>the interval must be 1 to {limit}, got {interval}</source>
        <translation>l’intervalle doit être de 1 à {limit}, pas {interval}</translation>
    </message>
    <message>
        <source>the day of the month must be 1 to 31 or last, got {day}</source>
        <translation>le jour du mois doit être de 1 à 31 ou last, pas {day}</translation>
    </message>
    <message>
        <source>an nth-weekday rule needs both the weekday and which one (1-4, last)</source>
        <translation>une règle « n-ième jour de semaine » a besoin du jour et duquel (1-4, last)</translation>
    </message>
    <message>
        <source>the weekday must be 0 (Monday) to 6 (Sunday), got {weekday}</source>
        <translation>le jour de semaine doit être de 0 (lundi) à 6 (dimanche), pas {weekday}</translation>
    </message>
    <message>
        <source>which weekday must be 1 to 4 or last, got {nth}</source>
        <translation>le rang du jour doit être de 1 à 4 ou last, pas {nth}</translation>
    </message>
    <message>
        <source>give either a day of the month or an nth weekday, not both</source>
        <translation>indiquez soit un jour du mois soit un n-ième jour de semaine, pas les deux</translation>
    </message>
    <message>
        <source>a day of the month or an nth weekday needs a monthly or yearly rule</source>
        <translation>un jour du mois ou un n-ième jour de semaine demande une règle mensuelle ou annuelle</translation>
    </message>
    <message>
        <source>give either an end date or a count, not both</source>
        <translation>indiquez soit une date de fin soit un nombre, pas les deux</translation>
    </message>
    <message>
        <source>the end date {end} is before the start {start}</source>
        <translation>la date de fin {end} est avant le début {start}</translation>
    </message>
    <message>
        <source>the count must be 1 to {limit}, got {count}</source>
        <translation>le nombre doit être de 1 à {limit}, pas {count}</translation>
    </message>
    <message>
        <source>unknown interval {text!r} (e.g. day, week, 2weeks, month, 3months, year)</source>
        <translation>intervalle inconnu {text!r} (p. ex. day, week, 2weeks, month, 3months, year)</translation>
    </message>
    <message>
        <source>unknown weekday {text!r} (mon, tue, wed, thu, fri, sat, sun)</source>
        <translation>jour de semaine inconnu {text!r} (mon, tue, wed, thu, fri, sat, sun)</translation>
    </message>
    <message>
        <source>unknown rule field {field_name!r} (payee, memo, amount)</source>
        <translation>champ de règle inconnu {field_name!r} (payee, memo, amount)</translation>
    </message>
    <message>
        <source>unknown rule operator {op!r} (one of: {names})</source>
        <translation>opérateur de règle inconnu {op!r} (l’un de : {names})</translation>
    </message>
    <message>
        <source>amount conditions take &lt;, &gt;, = or between, not {op}</source>
        <translation>les conditions de montant prennent &lt;, &gt;, = ou between, pas {op}</translation>
    </message>
    <message>
        <source>&apos;between&apos; needs two amounts</source>
        <translation>« between » a besoin de deux montants</translation>
    </message>
    <message>
        <source>&apos;between&apos; needs the smaller amount first</source>
        <translation>« between » a besoin du plus petit montant en premier</translation>
    </message>
    <message>
        <source>{field} conditions take contains, equals or regex</source>
        <translation>les conditions sur {field} prennent contains, equals ou regex</translation>
    </message>
    <message>
        <source>{field} {op} needs a text</source>
        <translation>{field} {op} a besoin d’un texte</translation>
    </message>
    <message>
        <source>a scheduled amount must be a non-zero number</source>
        <translation>un montant planifié doit être un nombre non nul</translation>
    </message>
    <message>
        <source>a scheduled transfer needs two different accounts</source>
        <translation>un virement planifié a besoin de deux comptes différents</translation>
    </message>
    <message>
        <source>a scheduled transfer&apos;s amount is what leaves the account: positive, got {amount}</source>
        <translation>le montant d’un virement planifié est ce qui quitte le compte : positif, pas {amount}</translation>
    </message>
    <message>
        <source>a transfer has no category</source>
        <translation>un virement n’a pas de catégorie</translation>
    </message>
    <message>
        <source>no {base}→{quote} rate on or before {day}: add it with permoney rates add, then apply the template again</source>
        <translation>aucun taux {base}→{quote} le {day} ou avant : ajoutez-le avec permoney rates add, puis appliquez à nouveau le modèle</translation>
    </message>
    <message>
        <source>no schedule spends in a category in {month:%Y-%m}; add one with permoney schedule add, or use another template</source>
        <translation>aucune échéance ne dépense dans une catégorie en {month:%Y-%m} ; ajoutez-en une avec permoney schedule add, ou utilisez un autre modèle</translation>
    </message>
    <message>
        <source>entry {entry_id} is reconciled; changing its {fields} needs --force</source>
        <translation>l’opération {entry_id} est rapprochée ; changer {fields} demande --force</translation>
    </message>
    <message>
        <source>entry {first} is reconciled; deleting it needs --force</source>
        <translation>l’opération {first} est rapprochée ; la supprimer demande --force</translation>
    </message>
    <message>
        <source>the account has reconciled statements; changing its opening balance changes their balances and needs --force</source>
        <translation>le compte a des relevés rapprochés ; changer son solde d’ouverture change leurs soldes et demande --force</translation>
    </message>
    <message>
        <source>split lines of entry {entry_id} have lost their entry</source>
        <translation>les lignes de ventilation de l’opération {entry_id} ont perdu leur opération</translation>
    </message>
    <message>
        <source>entry {entry_id} is a {kind}; only a transaction can be split</source>
        <translation>l’opération {entry_id} est de type {kind} ; seule une transaction peut être ventilée</translation>
    </message>
    <message>
        <source>entry {entry_id}: its split lines are in another currency; split it again (permoney tx split {entry_id})</source>
        <translation>opération {entry_id} : ses lignes de ventilation sont dans une autre devise ; ventilez-la à nouveau (permoney tx split {entry_id})</translation>
    </message>
    <message>
        <source>entry {entry_id}: its split lines sum to {lines}, not {amount}; change the amount through the split (permoney tx split {entry_id})</source>
        <translation>opération {entry_id} : ses lignes de ventilation font {lines}, pas {amount} ; changez le montant par la ventilation (permoney tx split {entry_id})</translation>
    </message>
    <message>
        <source>a transfer line of entry {entry_id} has lost its other account</source>
        <translation>une ligne de virement de l’opération {entry_id} a perdu son autre compte</translation>
    </message>
    <message>
        <source>entry {entry_id}: a split line cannot transfer into its own account</source>
        <translation>opération {entry_id} : une ligne de ventilation ne peut pas virer vers son propre compte</translation>
    </message>
    <message>
        <source>entry {counter} is a transfer line of split entry {entry_id}; change it through that split (permoney tx split {entry_id})</source>
        <translation>l’opération {counter} est une ligne de virement de l’opération ventilée {entry_id} ; modifiez-la par cette ventilation (permoney tx split {entry_id})</translation>
    </message>
    <message>
        <source>entry {counter} is a transfer line of split entry {entry_id}: its date is that entry&apos;s date</source>
        <translation>l’opération {counter} est une ligne de virement de l’opération ventilée {entry_id} : sa date est celle de cette opération</translation>
    </message>
    <message>
        <source>entry {counter}, a transfer line of split entry {parent}, is reconciled; {doing} needs --force</source>
        <translation>l’opération {counter}, une ligne de virement de l’opération ventilée {parent}, est rapprochée ; {doing} demande --force</translation>
    </message>
    <message>
        <source>{target} already exists; choose another file</source>
        <translation>{target} existe déjà ; choisissez un autre fichier</translation>
    </message>
    <message>
        <source>cannot write {target}: folder {parent} does not exist</source>
        <translation>impossible d’écrire {target} : le dossier {parent} n’existe pas</translation>
    </message>
    <message>
        <source>the backup cannot replace the book itself</source>
        <translation>la sauvegarde ne peut pas remplacer le livre lui-même</translation>
    </message>
    <message>
        <source>no backup file at {path}</source>
        <translation>aucun fichier de sauvegarde à {path}</translation>
    </message>
    <message>
        <source>{path} is encrypted (or not a Permoney book) and this book is not encrypted</source>
        <translation>{path} est chiffré (ou n’est pas un livre Permoney) et ce livre n’est pas chiffré</translation>
    </message>
    <message>
        <source>{path} is encrypted with another key than this book</source>
        <translation>{path} est chiffré avec une autre clé que ce livre</translation>
    </message>
    <message>
        <source>{path} is not a Permoney book ({exc})</source>
        <translation>{path} n’est pas un livre Permoney ({exc})</translation>
    </message>
    <message>
        <source>{path} is damaged: {rows}</source>
        <translation>{path} est endommagé : {rows}</translation>
    </message>
    <message>
        <source>{path} is not a Permoney book (no schema version)</source>
        <translation>{path} n’est pas un livre Permoney (pas de version de schéma)</translation>
    </message>
    <message>
        <source>cannot restore the book from itself</source>
        <translation>impossible de restaurer le livre à partir de lui-même</translation>
    </message>
    <message>
        <source>{leftover} is left over from an interrupted conversion and cannot be removed ({value}); remove it, then try again</source>
        <translation>{leftover} reste d’une conversion interrompue et ne peut pas être supprimé ({value}) ; supprimez-le, puis réessayez</translation>
    </message>
    <message>
        <source>a file already exists at {target}; choose another path</source>
        <translation>un fichier existe déjà à {target} ; choisissez un autre chemin</translation>
    </message>
    <message>
        <source>{name} is open in another program; close it first</source>
        <translation>{name} est ouvert dans un autre programme ; fermez-le d’abord</translation>
    </message>
    <message>
        <source>the conversion failed ({value}); the book is unchanged</source>
        <translation>la conversion a échoué ({value}) ; le livre est inchangé</translation>
    </message>
    <message>
        <source>{name} is not empty; a book is copied into an empty book only</source>
        <translation>{name} n’est pas vide ; un livre n’est copié que dans un livre vide</translation>
    </message>
    <message>
        <source>SOURCE and DEST are the same book</source>
        <translation>SOURCE et DEST sont le même livre</translation>
    </message>
    <message>
        <source>no book at {book}</source>
        <translation>aucun livre à {book}</translation>
    </message>
    <message>
        <source>the copy did not verify and was removed: {value}</source>
        <translation>la copie n’a pas été vérifiée et a été supprimée : {value}</translation>
    </message>
    <message>
        <source>{exc}; {note}</source>
        <translation>{exc} ; {note}</translation>
    </message>
    <message>
        <source>{name} is already encrypted</source>
        <translation>{name} est déjà chiffré</translation>
    </message>
    <message>
        <source>{name} has an unexpected book id; cannot encrypt it</source>
        <translation>{name} a un identifiant de livre inattendu ; impossible de le chiffrer</translation>
    </message>
    <message>
        <source>{exc}; the book was not encrypted</source>
        <translation>{exc} ; le livre n’a pas été chiffré</translation>
    </message>
    <message>
        <source>the recovery key could not be shown ({exc}), so {name} was not encrypted and is unchanged</source>
        <translation>la clé de récupération n’a pas pu être affichée ({exc}), donc {name} n’a pas été chiffré et reste inchangé</translation>
    </message>
    <message>
        <source>{name} is not encrypted; its backups stay as they are</source>
        <translation>{name} n’est pas chiffré ; ses sauvegardes restent telles quelles</translation>
    </message>
    <message>
        <source>the encrypted copy of {name} did not verify; it is kept</source>
        <translation>la copie chiffrée de {name} n’a pas passé la vérification ; elle est conservée</translation>
    </message>
    <message>
        <source>cannot encrypt {name}: {value}</source>
        <translation>impossible de chiffrer {name} : {value}</translation>
    </message>
    <message>
        <source>{name} is not encrypted; its backups are its safety net</source>
        <translation>{name} n’est pas chiffré ; ses sauvegardes sont son filet de sécurité</translation>
    </message>
    <message>
        <source>{name} is not encrypted</source>
        <translation>{name} n’est pas chiffré</translation>
    </message>
    <message>
        <source>missing direction</source>
        <translation>sens manquant</translation>
    </message>
    <message>
        <source>{value!r} is neither a money-out nor a money-in value of the direction column; set the direction values</source>
        <translation>{value!r} n’est ni une valeur de sortie ni une valeur d’entrée de la colonne de sens ; indiquez les valeurs de sens</translation>
    </message>
    <message>
        <source>the amounts have no sign and column {column!r} looks like it says money in or out{values}; map the direction column, or say that the file has none</source>
        <translation>les montants n’ont pas de signe et la colonne {column!r} semble indiquer entrée ou sortie{values} ; associez la colonne de sens, ou indiquez que le fichier n’en a pas</translation>
    </message>
    <message>
        <source>the direction column gives the signs; &apos;money in is negative&apos; cannot apply too</source>
        <translation>la colonne de sens donne les signes ; « les entrées sont négatives » ne peut pas s’appliquer en plus</translation>
    </message>
    <message>
        <source>column {column!r} not found (columns: {columns})</source>
        <translation>colonne {column!r} introuvable (colonnes : {columns})</translation>
    </message>
    <message>
        <source>no amount (or debit/credit) column mapped</source>
        <translation>aucune colonne de montant (ou débit/crédit) associée</translation>
    </message>
    <message>
        <source>a direction column signs an amount column; map the amount, not debit/credit</source>
        <translation>une colonne de sens signe une colonne de montant ; associez le montant, pas débit/crédit</translation>
    </message>
    <message>
        <source>the amount column {column!r} already has the fee taken off; map the gross amount with the fee, or leave the fee out</source>
        <translation>la colonne de montant {column!r} a déjà les frais déduits ; associez le montant brut avec les frais, ou laissez les frais de côté</translation>
    </message>
    <message>
        <source>missing date; a row without a date may be pending: keep only the finished ones with a row filter</source>
        <translation>date manquante ; une ligne sans date est peut-être en attente : gardez seulement les lignes terminées avec un filtre de lignes</translation>
    </message>
    <message>
        <source>missing date</source>
        <translation>date manquante</translation>
    </message>
    <message>
        <source>no date column mapped; the first row looks like data, not a header: read the file as having no header and map the columns by number</source>
        <translation>aucune colonne de date associée ; la première ligne ressemble à des données, pas à un en-tête : lisez le fichier comme sans ligne d’en-tête et associez les colonnes par numéro</translation>
    </message>
    <message>
        <source>no date column mapped</source>
        <translation>aucune colonne de date associée</translation>
    </message>
    <message>
        <source>cannot read date {value!r} with format {format}</source>
        <translation>impossible de lire la date {value!r} avec le format {format}</translation>
    </message>
    <message>
        <source>missing amount</source>
        <translation>montant manquant</translation>
    </message>
    <message>
        <source>the amount is negative but the direction column says money in</source>
        <translation>le montant est négatif mais la colonne de sens indique une entrée</translation>
    </message>
    <message>
        <source>neither debit nor credit has an amount</source>
        <translation>ni le débit ni le crédit n’a de montant</translation>
    </message>
    <message>
        <source>missing currency</source>
        <translation>devise manquante</translation>
    </message>
    <message>
        <source>missing account</source>
        <translation>compte manquant</translation>
    </message>
    <message>
        <source>unknown field {field!r} (one of: {names})</source>
        <translation>champ inconnu {field!r} (l’un de : {names})</translation>
    </message>
    <message>
        <source>a split needs at least two lines (TARGET=AMOUNT; TARGET=AMOUNT)</source>
        <translation>une ventilation demande au moins deux lignes (CIBLE=MONTANT; CIBLE=MONTANT)</translation>
    </message>
    <message>
        <source>a split has at most {most} lines, not {count}</source>
        <translation>une ventilation a au plus {most} lignes, pas {count}</translation>
    </message>
    <message>
        <source>split line {line} is not TARGET=AMOUNT</source>
        <translation>la ligne de ventilation {line} n’est pas CIBLE=MONTANT</translation>
    </message>
    <message>
        <source>split line {line} has no valid amount</source>
        <translation>la ligne de ventilation {line} n’a pas de montant valide</translation>
    </message>
    <message>
        <source>the split lines do not sum exactly to the row&apos;s amount</source>
        <translation>les lignes de ventilation ne totalisent pas exactement le montant de la ligne</translation>
    </message>
    <message>
        <source>no dates to read</source>
        <translation>aucune date à lire</translation>
    </message>
    <message>
        <source>cannot read date {value!r} (no known date format fits every row; choose the format, e.g. %d/%m/%Y)</source>
        <translation>impossible de lire la date {value!r} (aucun format de date connu ne convient à chaque ligne ; choisissez le format, p. ex. %d/%m/%Y)</translation>
    </message>
    <message>
        <source>ambiguous dates: {value!r} reads as {first} ({first_format}) or {second} ({second_format}); choose the date format</source>
        <translation>dates ambiguës : {value!r} se lit {first} ({first_format}) ou {second} ({second_format}) ; choisissez le format de date</translation>
    </message>
    <message>
        <source>unknown header {header!r}</source>
        <translation>en-tête inconnu {header!r}</translation>
    </message>
    <message>
        <source>data before any !Type: header</source>
        <translation>données avant tout en-tête !Type:</translation>
    </message>
    <message>
        <source>field repeated within one record</source>
        <translation>champ répété dans un même enregistrement</translation>
    </message>
    <message>
        <source>no transactions found</source>
        <translation>aucune opération trouvée</translation>
    </message>
    <message>
        <source>a split line without an amount</source>
        <translation>une ligne de ventilation sans montant</translation>
    </message>
    <message>
        <source>split lines sum to {lines}, not the transaction&apos;s {total}</source>
        <translation>les lignes de ventilation totalisent {lines}, pas le montant de l’opération {total}</translation>
    </message>
    <message>
        <source>{file}, line {line}, field {field}: {reason}</source>
        <translation>{file}, ligne {line}, champ {field} : {reason}</translation>
    </message>
    <message>
        <source>{file}, line {line}: {reason}</source>
        <translation>{file}, ligne {line} : {reason}</translation>
    </message>
    <message>
        <source>{file}, field {field}: {reason}</source>
        <translation>{file}, champ {field} : {reason}</translation>
    </message>
    <message>
        <source>{file}: {reason}</source>
        <translation>{file} : {reason}</translation>
    </message>
    <message>
        <source>cannot read date {value!r}</source>
        <translation>impossible de lire la date {value!r}</translation>
    </message>
    <message>
        <source>no known date format reads the dates of the first {rows} rows; choose one</source>
        <translation>aucun format de date connu ne lit les dates des {rows} premières lignes ; choisissez-en un</translation>
    </message>
    <message>
        <source>the dates in the first {rows} rows are ambiguous: {value!r} reads as {first} ({first_format}) or {second} ({second_format}); choose the date format</source>
        <translation>les dates des {rows} premières lignes sont ambiguës : {value!r} se lit {first} ({first_format}) ou {second} ({second_format}) ; choisissez le format de date</translation>
    </message>
    <message>
        <source>bad regular expression {pattern!r}: {error}</source>
        <translation>expression régulière invalide {pattern!r} : {error}</translation>
    </message>
    <message>
        <source>regular expression {pattern!r} cannot be used in a rule ({reason}): look-ahead, look-behind and back-references are not supported, because they can make matching run for hours; write the pattern without them</source>
        <translation>l’expression régulière {pattern!r} ne peut pas servir dans une règle ({reason}) : les assertions avant, arrière et les références arrière ne sont pas prises en charge, car elles peuvent faire durer la recherche des heures ; écrivez le motif sans elles</translation>
    </message>
    <message>
        <source>import cancelled; nothing was written</source>
        <translation>import annulé ; rien n’a été écrit</translation>
    </message>
    <message>
        <source>unknown account {name!r} ({what})</source>
        <translation>compte inconnu {name!r} ({what})</translation>
    </message>
    <message>
        <source>{file}, line {line}: the file&apos;s account {key!r} is not a book account; name the target with --account (or map it)</source>
        <translation>{file}, ligne {line} : le compte {key!r} du fichier n’est pas un compte du livre ; choisissez le compte cible (ou associez-le)</translation>
    </message>
    <message>
        <source>{file}: which account do these rows go to? choose one (--account NAME)</source>
        <translation>{file} : dans quel compte vont ces lignes ? Choisissez-en un</translation>
    </message>
    <message>
        <source>{file}: the statement for {key} is in {currency}, but account {name!r} keeps {keeps}</source>
        <translation>{file} : le relevé de {key} est en {currency}, mais le compte {name!r} tient {keeps}</translation>
    </message>
    <message>
        <source>a preset needs a name</source>
        <translation>un préréglage a besoin d’un nom</translation>
    </message>
    <message>
        <source>no import preset named {name!r}</source>
        <translation>aucun préréglage d’import nommé {name!r}</translation>
    </message>
    <message>
        <source>not {what} (one of: {value})</source>
        <translation>pas {what} (l’un de : {value})</translation>
    </message>
    <message>
        <source>not a currency code the app knows (ISO 4217, such as USD)</source>
        <translation>pas un code de devise que l’application connaît (ISO 4217, comme USD)</translation>
    </message>
    <message>
        <source>not JSON (a list of rule conditions)</source>
        <translation>pas du JSON (une liste de conditions de règle)</translation>
    </message>
    <message>
        <source>not a list of rule conditions</source>
        <translation>pas une liste de conditions de règle</translation>
    </message>
    <message>
        <source>condition {number} is not a field, an operator and a value</source>
        <translation>la condition {number} n’est pas un champ, un opérateur et une valeur</translation>
    </message>
    <message>
        <source>condition {number} has a second value that is not text</source>
        <translation>la condition {number} a une seconde valeur qui n’est pas du texte</translation>
    </message>
    <message>
        <source>condition {number}: {value}</source>
        <translation>condition {number} : {value}</translation>
    </message>
    <message>
        <source>not JSON</source>
        <translation>pas du JSON</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>pas un objet JSON</translation>
    </message>
    <message>
        <source>not a table of the book that has ids</source>
        <translation>pas une table du livre qui a des identifiants</translation>
    </message>
    <message>
        <source>not an id (a whole number from 0)</source>
        <translation>pas un identifiant (un nombre entier à partir de 0)</translation>
    </message>
    <message>
        <source>not a yearly interest rate in percent (0 to 100)</source>
        <translation>pas un taux d’intérêt annuel en pour cent (0 à 100)</translation>
    </message>
    <message>
        <source>not a whole number</source>
        <translation>pas un nombre entier</translation>
    </message>
    <message>
        <source>a whole number out of range</source>
        <translation>un nombre entier hors limites</translation>
    </message>
    <message>
        <source>not 0 or 1</source>
        <translation>ni 0 ni 1</translation>
    </message>
    <message>
        <source>not a number</source>
        <translation>pas un nombre</translation>
    </message>
    <message>
        <source>not a finite number</source>
        <translation>pas un nombre fini</translation>
    </message>
    <message>
        <source>too large for an amount</source>
        <translation>trop grand pour un montant</translation>
    </message>
    <message>
        <source>not a positive exchange rate of a sensible size</source>
        <translation>pas un taux de change positif de taille raisonnable</translation>
    </message>
    <message>
        <source>not a date (YYYY-MM-DD)</source>
        <translation>pas une date (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>not a date and time</source>
        <translation>pas une date et heure</translation>
    </message>
    <message>
        <source>{name} is not a zip file</source>
        <translation>{name} n’est pas un fichier zip</translation>
    </message>
    <message>
        <source>a transfer with {count} side(s)</source>
        <translation>un virement avec {count} côté(s)</translation>
    </message>
    <message>
        <source>{count} transfer(s) without sides</source>
        <translation>{count} virement(s) sans côtés</translation>
    </message>
    <message>
        <source>too large to import</source>
        <translation>trop grand pour être importé</translation>
    </message>
    <message>
        <source>compressed far more than a book&apos;s files can be</source>
        <translation>compressé bien plus que les fichiers d’un livre ne peuvent l’être</translation>
    </message>
    <message>
        <source>the zip holds more than a book import takes</source>
        <translation>le zip contient plus qu’un import de livre n’accepte</translation>
    </message>
    <message>
        <source>{name} is not a Permoney book export (no manifest)</source>
        <translation>{name} n’est pas un export de livre Permoney (pas de manifeste)</translation>
    </message>
    <message>
        <source>too large for a manifest</source>
        <translation>trop grand pour un manifeste</translation>
    </message>
    <message>
        <source>not JSON text</source>
        <translation>pas du texte JSON</translation>
    </message>
    <message>
        <source>not a Permoney book export</source>
        <translation>pas un export de livre Permoney</translation>
    </message>
    <message>
        <source>a version this app cannot read (it reads 1 to {book_version})</source>
        <translation>une version que cette application ne sait pas lire (elle lit 1 à {book_version})</translation>
    </message>
    <message>
        <source>not a currency code the app knows</source>
        <translation>pas un code de devise que l’application connaît</translation>
    </message>
    <message>
        <source>cannot be read from the zip (damaged)</source>
        <translation>illisible dans le zip (endommagé)</translation>
    </message>
    <message>
        <source>holds {found} rows but the manifest says {expected} (truncated?)</source>
        <translation>contient {found} lignes mais le manifeste en annonce {expected} (tronqué ?)</translation>
    </message>
    <message>
        <source>not UTF-8 text</source>
        <translation>pas du texte UTF-8</translation>
    </message>
    <message>
        <source>not a well-formed CSV row</source>
        <translation>pas une ligne CSV bien formée</translation>
    </message>
    <message>
        <source>{count} cells, expected {count2}</source>
        <translation>{count} cellules, {count2} attendues</translation>
    </message>
    <message>
        <source>unknown column</source>
        <translation>colonne inconnue</translation>
    </message>
    <message>
        <source>a column is named twice</source>
        <translation>une colonne est nommée deux fois</translation>
    </message>
    <message>
        <source>missing column</source>
        <translation>colonne manquante</translation>
    </message>
    <message>
        <source>the same value is on another row</source>
        <translation>la même valeur figure sur une autre ligne</translation>
    </message>
    <message>
        <source>no such row in {target}</source>
        <translation>aucune ligne de ce type dans {target}</translation>
    </message>
    <message>
        <source>only a transfer side has a transfer, and it must</source>
        <translation>seul un côté de virement a un virement, et il le doit</translation>
    </message>
    <message>
        <source>a book key is {key_bytes} bytes, not {count}</source>
        <translation>une clé de livre fait {key_bytes} octets, pas {count}</translation>
    </message>
    <message>
        <source>a recovery key has 56 letters and digits (14 groups of 4), got {count}</source>
        <translation>une clé de récupération a 56 lettres et chiffres (14 groupes de 4), reçu {count}</translation>
    </message>
    <message>
        <source>a recovery key uses only the letters A-Z and digits 2-7</source>
        <translation>une clé de récupération n’utilise que les lettres A-Z et les chiffres 2-7</translation>
    </message>
    <message>
        <source>the recovery key has a typo (its checksum does not match)</source>
        <translation>la clé de récupération contient une faute de frappe (sa somme de contrôle ne correspond pas)</translation>
    </message>
    <message>
        <source>--transactions and --years must be at least 1</source>
        <translation>--transactions et --years doivent valoir au moins 1</translation>
    </message>
    <message>
        <source>demo data goes into an empty book; this one already has accounts</source>
        <translation>les données de démonstration vont dans un livre vide ; celui-ci a déjà des comptes</translation>
    </message>
    <message>
        <source>{span} of bills, pay and monthly transfers need {needed} entries, {transactions} asked for: ask for at least {needed}, or fewer years</source>
        <translation>{span} de factures, salaires et virements mensuels demandent {needed} écritures, {transactions} demandées : demandez-en au moins {needed}, ou moins d’années</translation>
    </message>
    <message>
        <source>a forecast covers 1 to {max_months} months, got {months}</source>
        <translation>une prévision couvre 1 à {max_months} mois, reçu {months}</translation>
    </message>
    <message>
        <source>account {account_id} no longer exists</source>
        <translation>le compte {account_id} n’existe plus</translation>
    </message>
    <message>
        <source>account kept changing during {rounds} recomputations</source>
        <translation>le compte a continué de changer pendant {rounds} recalculs</translation>
    </message>
    <message>
        <source>a custom period needs both --from and --to</source>
        <translation>une période personnalisée demande --from et --to</translation>
    </message>
    <message>
        <source>the range ends ({end}) before it starts ({start})</source>
        <translation>la plage se termine ({end}) avant de commencer ({start})</translation>
    </message>
    <message>
        <source>{value} was not opened: the password was refused</source>
        <translation>{value} n’a pas été ouvert : le mot de passe a été refusé</translation>
    </message>
    <message>
        <source>{value} was not opened: no password was given</source>
        <translation>{value} n’a pas été ouvert : aucun mot de passe n’a été donné</translation>
    </message>
    <message>
        <source>Reset column widths</source>
        <translation>Rétablir la largeur des colonnes</translation>
    </message>
    <message>
        <source>{database} on {host}</source>
        <translation>{database} sur {host}</translation>
    </message>
</context>
</TS>
