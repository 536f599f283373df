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
        <source>Copy the {lower} location</source>
        <translation>Copier l’emplacement ({lower})</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Show the {lower} folder</source>
        <translation>Afficher le dossier ({lower})</translation>
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
        <source>Budget categories</source>
        <translation>Catégories du budget</translation>
    </message>
    <message>
        <source>Budgeted against spent</source>
        <translation>Budgété par rapport au dépensé</translation>
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
        <source>Cover the scheduled amount</source>
        <translation>Couvrir le montant planifié</translation>
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
        <source>Move money</source>
        <translation>Déplacer de l’argent</translation>
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
        <source>Income</source>
        <translation>Revenus</translation>
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
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
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
        <source>Opening balance</source>
        <translation>Solde d’ouverture</translation>
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
        <source>Spent</source>
        <translation>Dépensé</translation>
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
        <source>Line</source>
        <translation>Ligne</translation>
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
        <source>Payee</source>
        <translation>Bénéficiaire</translation>
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
        <source>Demo book</source>
        <translation>Livre de démonstration</translation>
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
        <source>Import a bank file</source>
        <translation>Importer un fichier bancaire</translation>
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
        <source>Backup</source>
        <translation>Sauvegarde</translation>
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
        <source>Payment  date  principal + interest</source>
        <translation>Échéance  date  capital + intérêts</translation>
    </message>
    <message>
        <source>extra payment</source>
        <translation>remboursement supplémentaire</translation>
    </message>
    <message>
        <source>● no change</source>
        <translation>● aucun changement</translation>
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
        <source>&amp;Account</source>
        <translation>&amp;Compte</translation>
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
        <source>Edit goal</source>
        <translation>Modifier l’objectif</translation>
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
</context>
</TS>
