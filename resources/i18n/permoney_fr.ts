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
        <source>Forecast</source>
        <translation>Prévision</translation>
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
        <source>Owed</source>
        <translation>Dû</translation>
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
        <source>Spent</source>
        <translation>Dépensé</translation>
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
        <source>Balance</source>
        <translation>Solde</translation>
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
