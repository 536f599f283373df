<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en_US">
<context>
    <name></name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>Health thresholds</source>
        <translation>Zustandsgrenzwerte</translation>
    </message>
    <message>
        <source>Base currency</source>
        <translation>Basiswährung</translation>
    </message>
    <message>
        <source>Net worth, income and expenses are shown in this currency; other currencies convert at the exchange rate of their day.</source>
        <translation>Nettovermögen, Einnahmen und Ausgaben werden in dieser Währung angezeigt; andere Währungen werden zum Wechselkurs ihres Tages umgerechnet.</translation>
    </message>
    <message>
        <source>Base currency:</source>
        <translation>Basiswährung:</translation>
    </message>
    <message>
        <source>Worker threads</source>
        <translation>Threads des Hintergrunddienstes</translation>
    </message>
    <message>
        <source>Background threads that recompute balances and metrics.</source>
        <translation>Hintergrund-Threads, die Salden und Kennzahlen neu berechnen.</translation>
    </message>
    <message>
        <source>Worker threads:</source>
        <translation>Threads des Hintergrunddienstes:</translation>
    </message>
    <message>
        <source>Number and date format</source>
        <translation>Zahlen- und Datumsformat</translation>
    </message>
    <message>
        <source>System ({name})</source>
        <translation>System ({name})</translation>
    </message>
    <message>
        <source>Numbers and dates:</source>
        <translation>Zahlen und Datum:</translation>
    </message>
    <message>
        <source>Newest entries on top</source>
        <translation>Neueste Buchungen oben</translation>
    </message>
    <message>
        <source>Registers list the newest entry first, with the blank entry row above it; otherwise oldest first, like a checkbook, with the blank row at the bottom.</source>
        <translation>Kontobücher zeigen die neueste Buchung zuerst, mit der leeren Eingabezeile darüber; sonst die älteste zuerst, wie ein Scheckheft, mit der leeren Zeile unten.</translation>
    </message>
    <message>
        <source>Registers:</source>
        <translation>Kontobücher:</translation>
    </message>
    <message>
        <source>Separate Payment and Deposit columns</source>
        <translation>Getrennte Spalten für Zahlung und Einzahlung</translation>
    </message>
    <message>
        <source>Money out and money in each have a column, typed without a sign; otherwise one Amount column where spending is typed with a minus sign.</source>
        <translation>Ausgänge und Eingänge haben je eine Spalte und werden ohne Vorzeichen eingegeben; sonst eine Betragsspalte, in der Ausgaben mit Minuszeichen eingegeben werden.</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <source>Follow the system (light or dark)</source>
        <translation>Wie das System (hell oder dunkel)</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>This book file is damaged, so it is open read-only: nothing was changed. Restore the newest verified backup with the button at the top of the window (or File → Restore from backup…)</source>
        <translation>Diese Buchdatei ist beschädigt und daher nur lesbar geöffnet: nichts wurde geändert. Stellen Sie die neueste geprüfte Sicherung mit der Schaltfläche oben im Fenster wieder her (oder Datei → Aus Sicherung wiederherstellen…)</translation>
    </message>
    <message>
        <source>The book is damaged</source>
        <translation>Das Buch ist beschädigt</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>&amp;Restore the newest verified backup</source>
        <translation>Neueste geprüfte Sicherung &amp;wiederherstellen</translation>
    </message>
    <message>
        <source>Restore the newest verified backup</source>
        <translation>Neueste geprüfte Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>{book_name} is damaged: it is open read-only</source>
        <translation>{book_name} ist beschädigt: es ist nur lesbar geöffnet</translation>
    </message>
    <message>
        <source>Some of the file cannot be read correctly, so changes are refused until it is repaired: restore the newest verified backup (the damaged file is kept beside your backups first). Reading and exporting still work.</source>
        <translation>Ein Teil der Datei kann nicht richtig gelesen werden, daher werden Änderungen abgelehnt, bis sie repariert ist: stellen Sie die neueste geprüfte Sicherung wieder her (die beschädigte Datei wird zuvor bei Ihren Sicherungen aufbewahrt). Lesen und Exportieren funktionieren weiterhin.</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <source>A figure within its target is healthy; past it, degraded; at the warning or critical limit, warning or critical. For hit rates, lower is worse.</source>
        <translation>Eine Kennzahl innerhalb ihres Ziels ist gesund; darüber hinaus beeinträchtigt; an der Warn- oder kritischen Grenze Warnung bzw. kritisch. Bei Trefferquoten ist niedriger schlechter.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Sprache:</translation>
    </message>
    <message>
        <source>A new language applies when Permoney is next started.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start von Permoney.</translation>
    </message>
    <message>
        <source>Not saved: {error}. Fix the limits and try again.</source>
        <translation>Nicht gespeichert: {error}. Korrigieren Sie die Grenzwerte und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Kontobuch</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Berichte</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Book summary</source>
        <translation>Buchübersicht</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>Save the entry; on the last entry, start the next one</source>
        <translation>Buchung speichern; bei der letzten Buchung die nächste beginnen</translation>
    </message>
    <message>
        <source>Tab / Shift+Tab</source>
        <translation>Tab / Umschalt+Tab</translation>
    </message>
    <message>
        <source>Next / previous field; accepts the payee&apos;s completion</source>
        <translation>Nächstes / vorheriges Feld; übernimmt die Vervollständigung des Empfängers</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Cancel the entry being typed</source>
        <translation>Die gerade getippte Buchung verwerfen</translation>
    </message>
    <message>
        <source>In a date field: today, a day later, a day earlier</source>
        <translation>In einem Datumsfeld: heute, einen Tag später, einen Tag früher</translation>
    </message>
    <message>
        <source>Delete the selected entries (in the register)</source>
        <translation>Ausgewählte Buchungen löschen (im Kontobuch)</translation>
    </message>
    <message>
        <source>↑ / ↓ in the accounts list</source>
        <translation>↑ / ↓ in der Kontenliste</translation>
    </message>
    <message>
        <source>Open the account above or below</source>
        <translation>Das Konto darüber oder darunter öffnen</translation>
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
&lt;h2&gt;Erste Schritte&lt;/h2&gt;
&lt;p&gt;&lt;b&gt;Ihr Buch&lt;/b&gt; ist eine Datei mit Ihren Konten und Buchungen. Datei → Neues Buch… legt ein
weiteres an, Datei → Buch öffnen… und Zuletzt geöffnete Bücher wechseln zwischen ihnen.
&lt;i&gt;Demodaten ausprobieren&lt;/i&gt; öffnet einen Beispielhaushalt in einem eigenen Buch, damit Ihr Buch
Ihres bleibt.&lt;/p&gt;
&lt;h3&gt;Konten&lt;/h3&gt;
&lt;p&gt;Datei → Neues Konto… (oder &lt;b&gt;+ Konto&lt;/b&gt; unter der Liste). Geben Sie den Anfangssaldo und sein
Datum an; bei einer Karte oder einem Kredit den Betrag, den Sie schulden.&lt;/p&gt;
&lt;h3&gt;Geld erfassen&lt;/h3&gt;
&lt;p&gt;Wählen Sie ein Konto und tippen Sie in die leere Zeile: Datum, Empfänger, Kategorie, dann den
Betrag unter &lt;b&gt;Zahlung&lt;/b&gt; (Ausgang) oder &lt;b&gt;Einzahlung&lt;/b&gt; (Eingang). Ein schon verwendeter
Empfänger füllt seine letzte Kategorie und seinen letzten Betrag aus. Tippen Sie eine neue
Kategorie (&lt;i&gt;Haustiere: Futter&lt;/i&gt;), bietet die App an, sie anzulegen. Geld zwischen Ihren eigenen
Konten ist eine Umbuchung (Bearbeiten → Neue Umbuchung…, Strg+T).&lt;/p&gt;
&lt;h3&gt;Importieren&lt;/h3&gt;
&lt;p&gt;Datei → Datei importieren… (Strg+I) liest CSV-, OFX-, QFX- und QIF-Exporte Ihrer Bank; nichts
wird geschrieben, bevor Sie die Zusammenfassung bestätigen, und Rückgängig nimmt den ganzen Import
zurück.&lt;/p&gt;
&lt;h3&gt;Übersicht und Berichte&lt;/h3&gt;
&lt;p&gt;Karten zeigen Nettovermögen, Einnahmen, Ausgaben und Cashflow für den gewählten Zeitraum.
Klicken Sie auf eine Karte oder einen Balken: das Kontobuch zeigt genau die Buchungen hinter dieser
Zahl, mit dem Filter über der Tabelle (sein ✕ oder &lt;b&gt;Filter löschen&lt;/b&gt; entfernt ihn).&lt;/p&gt;
&lt;h3&gt;Rückgängig, Sicherungen und Prüfungen&lt;/h3&gt;
&lt;p&gt;Jede Änderung lässt sich rückgängig machen (Strg+Z), auch nach einem Neustart. Die App sichert
das Buch täglich und prüft es; Zustand zeigt, wann das zuletzt geschah. Die Einstellungen (Strg+,)
legen Basiswährung, Zahlen- und Datumsformat, Sprache und Hell oder Dunkel fest.&lt;/p&gt;
&lt;h3&gt;Die Befehlszeile&lt;/h3&gt;
&lt;p&gt;Alles geht auch mit &lt;code&gt;permoney&lt;/code&gt; in einem Terminal:
&lt;code&gt;permoney --help&lt;/code&gt; listet die Befehle.&lt;/p&gt;
</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>New entry</source>
        <translation>Neue Buchung</translation>
    </message>
    <message>
        <source>Search entries</source>
        <translation>Buchungen suchen</translation>
    </message>
    <message>
        <source>Delete selected entries</source>
        <translation>Ausgewählte Buchungen löschen</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Jetzt synchronisieren</translation>
    </message>
    <message>
        <source>Import a file…</source>
        <translation>Datei importieren…</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>E&amp;xtras</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>Import a bank file: CSV, OFX, QFX or QIF (Ctrl+I)</source>
        <translation>Eine Bankdatei importieren: CSV, OFX, QFX oder QIF (Strg+I)</translation>
    </message>
    <message>
        <source>Export &amp;entries…</source>
        <translation>&amp;Buchungen exportieren…</translation>
    </message>
    <message>
        <source>Write entries (all, or what the register shows) to a CSV file</source>
        <translation>Buchungen (alle oder die im Kontobuch gezeigten) in eine CSV-Datei schreiben</translation>
    </message>
    <message>
        <source>Export &amp;book…</source>
        <translation>B&amp;uch exportieren…</translation>
    </message>
    <message>
        <source>Write the whole book to a zip of CSV files</source>
        <translation>Das ganze Buch als ZIP mit CSV-Dateien schreiben</translation>
    </message>
    <message>
        <source>Import b&amp;ook…</source>
        <translation>Buch i&amp;mportieren…</translation>
    </message>
    <message>
        <source>Load a book export into this empty book</source>
        <translation>Einen Buchexport in dieses leere Buch laden</translation>
    </message>
    <message>
        <source>&amp;Rules…</source>
        <translation>&amp;Regeln…</translation>
    </message>
    <message>
        <source>Rules that categorize imported entries</source>
        <translation>Regeln, die importierte Buchungen kategorisieren</translation>
    </message>
    <message>
        <source>Review &amp;transfer matches…</source>
        <translation>Umbuchungs&amp;paare prüfen…</translation>
    </message>
    <message>
        <source>Pairs of entries that look like transfers between your accounts</source>
        <translation>Buchungspaare, die wie Umbuchungen zwischen Ihren Konten aussehen</translation>
    </message>
    <message>
        <source>Import a CSV, OFX, QFX or QIF file from your bank (Ctrl+I)</source>
        <translation>Eine CSV-, OFX-, QFX- oder QIF-Datei Ihrer Bank importieren (Strg+I)</translation>
    </message>
    <message>
        <source>New transfer…</source>
        <translation>Neue Umbuchung…</translation>
    </message>
    <message>
        <source>Set balance…</source>
        <translation>Saldo festlegen…</translation>
    </message>
    <message>
        <source>Reconcile…</source>
        <translation>Abgleichen…</translation>
    </message>
    <message>
        <source>New account…</source>
        <translation>Neues Konto…</translation>
    </message>
    <message>
        <source>Edit account…</source>
        <translation>Konto bearbeiten…</translation>
    </message>
    <message>
        <source>Categories and tags…</source>
        <translation>Kategorien und Tags…</translation>
    </message>
    <message>
        <source>Exchange rates…</source>
        <translation>Wechselkurse…</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Einstellungen…</translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation>Über {app}</translation>
    </message>
    <message>
        <source>Local-first personal finance: your book is one file on this computer, every edit shows its balances at once, and a background worker keeps them exact.</source>
        <translation>Persönliche Finanzen, lokal zuerst: Ihr Buch ist eine Datei auf diesem Computer, jede Änderung zeigt ihre Salden sofort, und ein Hintergrunddienst hält sie exakt.</translation>
    </message>
    <message>
        <source>{name} location</source>
        <translation>Speicherort: {name}</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy the {name} location</source>
        <translation>Speicherort ({name}) kopieren</translation>
    </message>
    <message>
        <source>Show the {name} folder</source>
        <translation>Ordner ({name}) anzeigen</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>Does</source>
        <translation>Wirkung</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Benutzerhandbuch</translation>
    </message>
    <message>
        <source>A recovery key is 14 groups of 4 letters and digits (ABCD-EFGH-…), shown once when the book was encrypted. Paste or type it; case, spaces and dashes do not matter.</source>
        <translation>Ein Wiederherstellungsschlüssel besteht aus 14 Gruppen zu je 4 Buchstaben und Ziffern (ABCD-EFGH-…) und wurde beim Verschlüsseln des Buchs einmal angezeigt. Fügen Sie ihn ein oder tippen Sie ihn; Groß-/Kleinschreibung, Leerzeichen und Bindestriche spielen keine Rolle.</translation>
    </message>
    <message>
        <source>Its key is not in this computer&apos;s keyring. Enter the book&apos;s recovery key to open it; it will be kept in the keyring from then on.</source>
        <translation>Sein Schlüssel ist nicht im Schlüsselbund dieses Computers. Geben Sie den Wiederherstellungsschlüssel des Buchs ein, um es zu öffnen; danach wird er im Schlüsselbund aufbewahrt.</translation>
    </message>
    <message>
        <source>The keyring is locked, so the book&apos;s key cannot be read from it. Enter the book&apos;s recovery key, or unlock the keyring and start again.</source>
        <translation>Der Schlüsselbund ist gesperrt, daher kann der Schlüssel des Buchs nicht gelesen werden. Geben Sie den Wiederherstellungsschlüssel ein, oder entsperren Sie den Schlüsselbund und starten Sie neu.</translation>
    </message>
    <message>
        <source>No secure keyring holds its key. Enter the book&apos;s recovery key to open it.</source>
        <translation>Kein sicherer Schlüsselbund enthält seinen Schlüssel. Geben Sie den Wiederherstellungsschlüssel des Buchs ein, um es zu öffnen.</translation>
    </message>
    <message>
        <source>Unlock {book} — {app}</source>
        <translation>{book} entsperren — {app}</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Wiederherstellungsschlüssel</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; is encrypted</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; ist verschlüsselt</translation>
    </message>
    <message>
        <source>Why the key is needed</source>
        <translation>Warum der Schlüssel nötig ist</translation>
    </message>
    <message>
        <source>XXXX-XXXX-XXXX-…</source>
        <translation>XXXX-XXXX-XXXX-…</translation>
    </message>
    <message>
        <source>Show the key</source>
        <translation>Schlüssel anzeigen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Close {app} without opening the book</source>
        <translation>{app} schließen, ohne das Buch zu öffnen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>Verlauf…</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>{page} (Ctrl+{number})</source>
        <translation>{page} (Strg+{number})</translation>
    </message>
    <message>
        <source>{page} page</source>
        <translation>Seite {page}</translation>
    </message>
    <message>
        <source>cannot redo &quot;{label}&quot;: {author} changed {what} since (&quot;{theirs}&quot;, {when} UTC); redoing it would throw their change away. Ask {author} to undo theirs first, or change it by hand</source>
        <translation>„{label}“ kann nicht wiederhergestellt werden: {author} hat seitdem {what} geändert („{theirs}“, {when} UTC); die Wiederherstellung würde diese Änderung verwerfen. Bitten Sie {author}, die eigene Änderung zuerst rückgängig zu machen, oder ändern Sie es von Hand</translation>
    </message>
    <message>
        <source>cannot undo &quot;{label}&quot;: {author} changed {what} since (&quot;{theirs}&quot;, {when} UTC); undoing it would throw their change away. Ask {author} to undo theirs first, or change it by hand</source>
        <translation>„{label}“ kann nicht rückgängig gemacht werden: {author} hat seitdem {what} geändert („{theirs}“, {when} UTC); das Rückgängigmachen würde diese Änderung verwerfen. Bitten Sie {author}, die eigene Änderung zuerst rückgängig zu machen, oder ändern Sie es von Hand</translation>
    </message>
    <message>
        <source>the same entry</source>
        <translation>dieselbe Buchung</translation>
    </message>
    <message>
        <source>{count} of the same entries</source>
        <translation>{count} derselben Buchungen</translation>
    </message>
    <message>
        <source>the same data</source>
        <translation>dieselben Daten</translation>
    </message>
    <message>
        <source>Undo {action}</source>
        <translation>Rückgängig: {action}</translation>
    </message>
    <message>
        <source>Redo {action}</source>
        <translation>Wiederholen: {action}</translation>
    </message>
    <message>
        <source>The background worker is not running.</source>
        <translation>Der Hintergrunddienst läuft nicht.</translation>
    </message>
    <message>
        <source>Sync could not start: {error}</source>
        <translation>Die Synchronisierung konnte nicht starten: {error}</translation>
    </message>
    <message>
        <source>Open an account&apos;s register to reconcile it.</source>
        <translation>Öffnen Sie das Kontobuch eines Kontos, um es abzugleichen.</translation>
    </message>
    <message>
        <source>Select an account first.</source>
        <translation>Wählen Sie zuerst ein Konto aus.</translation>
    </message>
    <message>
        <source>The worker could not change its thread count: {error}</source>
        <translation>Der Hintergrunddienst konnte die Anzahl seiner Threads nicht ändern: {error}</translation>
    </message>
    <message>
        <source>… entries</source>
        <translation>… Buchungen</translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries</source>
        <translation>
            <numerusform>%Ln Buchung</numerusform>
            <numerusform>%Ln Buchungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n accounts</source>
        <translation>
            <numerusform>%n Konto</numerusform>
            <numerusform>%n Konten</numerusform>
        </translation>
    </message>
    <message>
        <source>{saved} of {target}</source>
        <translation>{saved} von {target}</translation>
    </message>
    <message>
        <source> · reached</source>
        <translation> · erreicht</translation>
    </message>
    <message>
        <source> · {amount} a month until {due}</source>
        <translation> · {amount} im Monat bis {due}</translation>
    </message>
    <message>
        <source> · ⚠ a missing exchange rate left some of it out</source>
        <translation> · ⚠ ein fehlender Wechselkurs hat einen Teil ausgelassen</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Sparziele</translation>
    </message>
    <message>
        <source>No goals yet. Right-click here or on a category: New goal…</source>
        <translation>Noch keine Sparziele. Rechtsklick hier oder auf eine Kategorie: Neues Sparziel…</translation>
    </message>
    <message>
        <source>New goal…</source>
        <translation>Neues Sparziel…</translation>
    </message>
    <message>
        <source>Edit goal “{name}”…</source>
        <translation>Sparziel „{name}“ bearbeiten…</translation>
    </message>
    <message>
        <source>Delete goal “{name}”</source>
        <translation>Sparziel „{name}“ löschen</translation>
    </message>
    <message>
        <source>Goal “{name}”: {caption}</source>
        <translation>Sparziel „{name}“: {caption}</translation>
    </message>
    <message>
        <source>{name}: {percent}% saved</source>
        <translation>{name}: {percent} % gespart</translation>
    </message>
    <message>
        <source>Budget page</source>
        <translation>Budgetseite</translation>
    </message>
    <message>
        <source>Previous month (Page Up)</source>
        <translation>Vorheriger Monat (Bild auf)</translation>
    </message>
    <message>
        <source>Next month (Page Down)</source>
        <translation>Nächster Monat (Bild ab)</translation>
    </message>
    <message>
        <source>Budget month</source>
        <translation>Budgetmonat</translation>
    </message>
    <message>
        <source>Budget mode</source>
        <translation>Budgetmodus</translation>
    </message>
    <message>
        <source>To budget</source>
        <translation>Zu verteilen</translation>
    </message>
    <message>
        <source>To budget breakdown</source>
        <translation>Aufschlüsselung „Zu verteilen“</translation>
    </message>
    <message>
        <source>Overspending rule</source>
        <translation>Regel für Überziehungen</translation>
    </message>
    <message>
        <source>Uncategorized spending</source>
        <translation>Ausgaben ohne Kategorie</translation>
    </message>
    <message>
        <source>Budget categories</source>
        <translation>Budgetkategorien</translation>
    </message>
    <message>
        <source>Budgeted against spent</source>
        <translation>Budgetiert und ausgegeben</translation>
    </message>
    <message>
        <source>To budget: loading figures…</source>
        <translation>Zu verteilen: Zahlen werden geladen…</translation>
    </message>
    <message>
        <source>Envelope budgeting: what is left rolls over</source>
        <translation>Umschlagmethode: der Rest wird übertragen</translation>
    </message>
    <message>
        <source>Tracking: budgeted against spent, nothing rolls over</source>
        <translation>Verfolgung: budgetiert gegenüber ausgegeben, nichts wird übertragen</translation>
    </message>
    <message>
        <source>To budget: {money}{warn}</source>
        <translation>Zu verteilen: {money}{warn}</translation>
    </message>
    <message>
        <source>Income this month {amount}</source>
        <translation>Einnahmen diesen Monat {amount}</translation>
    </message>
    <message>
        <source>budgeted {amount}</source>
        <translation>budgetiert {amount}</translation>
    </message>
    <message>
        <source>overspent last month −{amount}</source>
        <translation>letzten Monat überzogen −{amount}</translation>
    </message>
    <message>
        <source>spent {amount}</source>
        <translation>ausgegeben {amount}</translation>
    </message>
    <message>
        <source> — a missing exchange rate left income out</source>
        <translation> — ein fehlender Wechselkurs hat Einnahmen ausgelassen</translation>
    </message>
    <message>
        <source>Overspending is taken from next month&apos;s to-budget</source>
        <translation>Überziehungen werden vom „Zu verteilen“ des nächsten Monats abgezogen</translation>
    </message>
    <message>
        <source>; categories marked ↻ ({carrying}) carry it as negative available instead.</source>
        <translation>; mit ↻ markierte Kategorien ({carrying}) übertragen sie stattdessen als negativen Restbetrag.</translation>
    </message>
    <message>
        <source> (right-click a category to carry it as negative available instead).</source>
        <translation> (Rechtsklick auf eine Kategorie, um sie stattdessen als negativen Restbetrag zu übertragen).</translation>
    </message>
    <message>
        <source>Uncategorized spending this month: {amount}{warn} — in no envelope, so not in “spent” above; give it a category in the register.</source>
        <translation>Ausgaben ohne Kategorie in diesem Monat: {amount}{warn} — in keinem Umschlag, also nicht in „ausgegeben“ oben; geben Sie ihnen im Register eine Kategorie.</translation>
    </message>
    <message>
        <source>The budget could not be read ({error}). Your data is safe; try again from the Budget page, or see the Health page.</source>
        <translation>Das Budget konnte nicht gelesen werden ({error}). Ihre Daten sind sicher; versuchen Sie es auf der Budgetseite erneut oder sehen Sie auf der Zustandsseite nach.</translation>
    </message>
    <message>
        <source>Move money…</source>
        <translation>Geld verschieben…</translation>
    </message>
    <message>
        <source>Carry overspending into next month as negative</source>
        <translation>Überziehung als negativen Betrag in den nächsten Monat übertragen</translation>
    </message>
    <message>
        <source>Apply template</source>
        <translation>Vorlage anwenden</translation>
    </message>
    <message>
        <source>Fixed amount…</source>
        <translation>Fester Betrag…</translation>
    </message>
    <message>
        <source>Percent of last month&apos;s income…</source>
        <translation>Prozent der Einnahmen des Vormonats…</translation>
    </message>
    <message>
        <source>Switch to tracking budgeting</source>
        <translation>Zur Verfolgungsmethode wechseln</translation>
    </message>
    <message>
        <source>Switch to envelope budgeting</source>
        <translation>Zur Umschlagmethode wechseln</translation>
    </message>
    <message>
        <source>Average of the last 3 months</source>
        <translation>Durchschnitt der letzten 3 Monate</translation>
    </message>
    <message>
        <source>Average of the last 12 months</source>
        <translation>Durchschnitt der letzten 12 Monate</translation>
    </message>
    <message>
        <source>Average spending</source>
        <translation>Durchschnittliche Ausgaben</translation>
    </message>
    <message>
        <source>Percent of last month&apos;s income</source>
        <translation>Prozent der Einnahmen des Vormonats</translation>
    </message>
    <message>
        <source>Copy last month</source>
        <translation>Vormonat kopieren</translation>
    </message>
    <message>
        <source>Cover the scheduled amount</source>
        <translation>Geplanten Betrag abdecken</translation>
    </message>
    <message>
        <source>the fixed template needs an amount of zero or more</source>
        <translation>die Vorlage „fester Betrag“ braucht einen Betrag von null oder mehr</translation>
    </message>
    <message>
        <source>the average template takes 1 to 120 months</source>
        <translation>die Durchschnittsvorlage nimmt 1 bis 120 Monate</translation>
    </message>
    <message>
        <source>the percent template needs a percentage above 0 and up to 100</source>
        <translation>die Prozentvorlage braucht einen Prozentsatz über 0 und bis 100</translation>
    </message>
    <message>
        <source>a cap must be zero or more</source>
        <translation>eine Obergrenze muss null oder mehr sein</translation>
    </message>
    <message>
        <source>category #{cat} cannot hold a budget (not an expense category)</source>
        <translation>Kategorie #{cat} kann kein Budget haben (keine Ausgabenkategorie)</translation>
    </message>
    <message>
        <source>the {value} template needs at least one category</source>
        <translation>die Vorlage {value} braucht mindestens eine Kategorie</translation>
    </message>
    <message>
        <source>no schedules to cover in this book</source>
        <translation>keine Terminierungen in diesem Buch abzudecken</translation>
    </message>
    <message>
        <source>Copy last month (every category)</source>
        <translation>Vormonat kopieren (alle Kategorien)</translation>
    </message>
    <message>
        <source>{title}: {error}. Type an amount like 250 or 12.50.</source>
        <translation>{title}: {error}. Geben Sie einen Betrag wie 250 oder 12,50 ein.</translation>
    </message>
    <message>
        <source>Fixed amount</source>
        <translation>Fester Betrag</translation>
    </message>
    <message>
        <source>Budget for each selected category:</source>
        <translation>Budget für jede ausgewählte Kategorie:</translation>
    </message>
    <message>
        <source>Percent of income</source>
        <translation>Prozent der Einnahmen</translation>
    </message>
    <message>
        <source>Percent of last month&apos;s income:</source>
        <translation>Prozent der Einnahmen des Vormonats:</translation>
    </message>
    <message>
        <source>Percent of income: {text!r} is not a number.</source>
        <translation>Prozent der Einnahmen: {text!r} ist keine Zahl.</translation>
    </message>
    <message>
        <source>{template}: nothing to set this month.</source>
        <translation>{template}: in diesem Monat nichts festzulegen.</translation>
    </message>
    <message>
        <source>the book setting {key} is missing; try again</source>
        <translation>die Bucheinstellung {key} fehlt; versuchen Sie es erneut</translation>
    </message>
    <message>
        <source>unknown budget mode {mode!r} (use envelope or tracking)</source>
        <translation>unbekannte Budgetmethode {mode!r} (envelope oder tracking)</translation>
    </message>
    <message>
        <source>Envelope budgeting</source>
        <translation>Umschlag-Budgetierung</translation>
    </message>
    <message>
        <source>Tracking budgeting</source>
        <translation>Budget zur Beobachtung</translation>
    </message>
    <message>
        <source>unknown overspending choice {policy!r} (use carry or to_budget)</source>
        <translation>unbekannte Wahl für Überziehungen {policy!r} (carry oder to_budget)</translation>
    </message>
    <message>
        <source>Carry overspending as negative</source>
        <translation>Überziehung als negativen Betrag übertragen</translation>
    </message>
    <message>
        <source>Take overspending from to-budget</source>
        <translation>Überziehung vom Zu-budgetieren nehmen</translation>
    </message>
    <message>
        <source>no category with id {category_id}</source>
        <translation>keine Kategorie mit der Nummer {category_id}</translation>
    </message>
    <message>
        <source>{name!r} is an income category; budgets are for expense categories</source>
        <translation>{name!r} ist eine Einnahmenkategorie; Budgets gelten für Ausgabenkategorien</translation>
    </message>
    <message>
        <source>Set budget</source>
        <translation>Budget festlegen</translation>
    </message>
    <message>
        <source>the amount to move must be more than zero</source>
        <translation>der zu verschiebende Betrag muss größer als null sein</translation>
    </message>
    <message>
        <source>move money between two different categories</source>
        <translation>Geld zwischen zwei verschiedenen Kategorien verschieben</translation>
    </message>
    <message>
        <source>Move money</source>
        <translation>Geld verschieben</translation>
    </message>
    <message>
        <source>Apply budget template: {template}</source>
        <translation>Budgetvorlage anwenden: {template}</translation>
    </message>
    <message>
        <source>Move from {category} to:</source>
        <translation>Von {category} verschieben nach:</translation>
    </message>
    <message>
        <source>Amount to move from {category}:</source>
        <translation>Aus {category} zu verschiebender Betrag:</translation>
    </message>
    <message>
        <source>Net worth</source>
        <translation>Nettovermögen</translation>
    </message>
    <message>
        <source>{name} (archived)</source>
        <translation>{name} (archiviert)</translation>
    </message>
    <message>
        <source> · archived</source>
        <translation> · archiviert</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Wählen…</translation>
    </message>
    <message>
        <source>what is owed (a debt shown as a positive number)</source>
        <translation>der geschuldete Betrag (eine Schuld als positive Zahl)</translation>
    </message>
    <message>
        <source>money in credit (a debt shown as a negative number)</source>
        <translation>ein Guthaben (eine Schuld als negative Zahl)</translation>
    </message>
    <message>
        <source>What a positive balance in the file means</source>
        <translation>Was ein positiver Saldo in der Datei bedeutet</translation>
    </message>
    <message>
        <source>A positive &amp;balance means:</source>
        <translation>Ein positiver &amp;Saldo bedeutet:</translation>
    </message>
    <message>
        <source>The balance column of {file} does not show how it counts what is owed on {accounts}: its balances never move by the amounts in a way that tells. Choose what a positive balance means, so the closing balance can be compared with the book:</source>
        <translation>Die Saldo-Spalte von {file} zeigt nicht, wie sie den geschuldeten Betrag auf {accounts} zählt: ihre Salden ändern sich nie so mit den Beträgen, dass es sich erkennen ließe. Wählen Sie, was ein positiver Saldo bedeutet, damit der Schlusssaldo mit dem Buch verglichen werden kann:</translation>
    </message>
    <message>
        <source>Income</source>
        <translation>Einnahmen</translation>
    </message>
    <message>
        <source>The file has as much money in as out under these new categories. Choose whether each is income or expense before importing:</source>
        <translation>Die Datei hat unter diesen neuen Kategorien genauso viele Eingänge wie Ausgänge. Wählen Sie vor dem Import, ob jede eine Einnahme oder eine Ausgabe ist:</translation>
    </message>
    <message>
        <source>Kind of the new category {name}</source>
        <translation>Art der neuen Kategorie {name}</translation>
    </message>
    <message>
        <source>Expenses</source>
        <translation>Ausgaben</translation>
    </message>
    <message>
        <source>Savings rate</source>
        <translation>Sparquote</translation>
    </message>
    <message>
        <source>Cash flow</source>
        <translation>Cashflow</translation>
    </message>
    <message>
        <source>Top categories</source>
        <translation>Top-Kategorien</translation>
    </message>
    <message>
        <source>Assets</source>
        <translation>Vermögen</translation>
    </message>
    <message>
        <source>Liabilities</source>
        <translation>Schulden</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>Girokonten</translation>
    </message>
    <message>
        <source>Savings</source>
        <translation>Sparkonten</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Bargeld</translation>
    </message>
    <message>
        <source>Investments</source>
        <translation>Geldanlagen</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>Immobilien</translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation>Fahrzeuge</translation>
    </message>
    <message>
        <source>Other assets</source>
        <translation>Sonstiges Vermögen</translation>
    </message>
    <message>
        <source>Credit cards</source>
        <translation>Kreditkarten</translation>
    </message>
    <message>
        <source>Loans</source>
        <translation>Kredite</translation>
    </message>
    <message>
        <source>Other liabilities</source>
        <translation>Sonstige Schulden</translation>
    </message>
    <message>
        <source>expense</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <source>Owed</source>
        <translation>Schulden</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>No data for this period</source>
        <translation>Keine Daten für diesen Zeitraum</translation>
    </message>
    <message>
        <source>no earlier</source>
        <translation>kein früherer</translation>
    </message>
    <message>
        <source>Daily, {span}</source>
        <translation>Täglich, {span}</translation>
    </message>
    <message>
        <source>By month, {start} – {end}</source>
        <translation>Monatlich, {start} – {end}</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Veränderung</translation>
    </message>
    <message>
        <source>{points:+.1f} points</source>
        <translation>{points:+.1f} Prozentpunkte</translation>
    </message>
    <message>
        <source>Low / high</source>
        <translation>Tief / Hoch</translation>
    </message>
    <message>
        <source>Sparkline</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Partial: {missing}</source>
        <translation>Unvollständig: {missing}</translation>
    </message>
    <message>
        <source>Provisional: recomputed here after your edit; the worker has not confirmed it.</source>
        <translation>Vorläufig: nach Ihrer Änderung hier neu berechnet; der Hintergrunddienst hat es noch nicht bestätigt.</translation>
    </message>
    <message>
        <source>vs {amount}</source>
        <translation>ggü. {amount}</translation>
    </message>
    <message>
        <source>every entry</source>
        <translation>allen Buchungen</translation>
    </message>
    <message>
        <source>income</source>
        <translation>Einnahmen</translation>
    </message>
    <message>
        <source>spending</source>
        <translation>Ausgaben</translation>
    </message>
    <message>
        <source>income and spending</source>
        <translation>Einnahmen und Ausgaben</translation>
    </message>
    <message>
        <source>spending in these categories</source>
        <translation>Ausgaben in diesen Kategorien</translation>
    </message>
    <message>
        <source>open the register with {what}, {span}</source>
        <translation>Kontobuch mit {what} öffnen, {span}</translation>
    </message>
    <message>
        <source>Share of all spending</source>
        <translation>Anteil an allen Ausgaben</translation>
    </message>
    <message numerus="yes">
        <source>Top %n categories</source>
        <translation>
            <numerusform>Top-%n-Kategorie</numerusform>
            <numerusform>Top-%n-Kategorien</numerusform>
        </translation>
    </message>
    <message>
        <source>{share} of spending</source>
        <translation>{share} der Ausgaben</translation>
    </message>
    <message>
        <source>{used} of {budgeted} budgeted in {month}</source>
        <translation>{used} von {budgeted} budgetiert im {month}</translation>
    </message>
    <message>
        <source>Goal “{name}”: {progress} of {target}</source>
        <translation>Sparziel „{name}“: {progress} von {target}</translation>
    </message>
    <message>
        <source>{used} of {budgeted} budgeted</source>
        <translation>{used} von {budgeted} budgetiert</translation>
    </message>
    <message>
        <source>Dashboard page</source>
        <translation>Übersichtsseite</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Zeitraum:</translation>
    </message>
    <message>
        <source>Net worth over time</source>
        <translation>Nettovermögen im Zeitverlauf</translation>
    </message>
    <message>
        <source>Spending by category</source>
        <translation>Ausgaben nach Kategorie</translation>
    </message>
    <message>
        <source>Loading figures…</source>
        <translation>Zahlen werden geladen…</translation>
    </message>
    <message>
        <source>The dashboard figures could not be computed ({error}). Your data is safe; try Sync now (F5), or see the Health page.</source>
        <translation>Die Zahlen der Übersicht konnten nicht berechnet werden ({error}). Ihre Daten sind sicher; versuchen Sie „Jetzt synchronisieren“ (F5) oder sehen Sie auf der Zustandsseite nach.</translation>
    </message>
    <message>
        <source>Provisional: being recomputed after your edit.</source>
        <translation>Vorläufig: wird nach Ihrer Änderung neu berechnet.</translation>
    </message>
    <message>
        <source> · compared with {span}</source>
        <translation> · verglichen mit {span}</translation>
    </message>
    <message>
        <source>⚠ Some figures are partial: {missing}. Add the missing exchange rates to complete them.</source>
        <translation>⚠ Einige Zahlen sind unvollständig: {missing}. Ergänzen Sie die fehlenden Wechselkurse, um sie zu vervollständigen.</translation>
    </message>
    <message>
        <source>The metrics cache is not working ({error}); figures are computed on demand.</source>
        <translation>Der Kennzahlen-Cache funktioniert nicht ({error}); Zahlen werden bei Bedarf berechnet.</translation>
    </message>
    <message>
        <source>⚠ partial: {missing}</source>
        <translation>⚠ unvollständig: {missing}</translation>
    </message>
    <message>
        <source>Click to open these entries in the register</source>
        <translation>Klicken, um diese Buchungen im Kontobuch zu öffnen</translation>
    </message>
    <message>
        <source>Upcoming scheduled transactions</source>
        <translation>Anstehende geplante Buchungen</translation>
    </message>
    <message>
        <source>Scheduled transactions of the next 30 days (click: Edit → Schedules…)</source>
        <translation>Geplante Buchungen der nächsten 30 Tage (Klick: Bearbeiten → Terminierte Buchungen…)</translation>
    </message>
    <message>
        <source> · overdue</source>
        <translation> · überfällig</translation>
    </message>
    <message>
        <source>Nothing scheduled in the next 30 days. Edit → Schedules… adds one.</source>
        <translation>In den nächsten 30 Tagen ist nichts geplant. Bearbeiten → Terminierte Buchungen… fügt etwas hinzu.</translation>
    </message>
    <message>
        <source>and {count} more · Edit → Schedules…</source>
        <translation>und {count} weitere · Bearbeiten → Terminierte Buchungen…</translation>
    </message>
    <message>
        <source>Upcoming · next 30 days</source>
        <translation>Anstehend · nächste 30 Tage</translation>
    </message>
    <message>
        <source>Healthy</source>
        <translation>Gesund</translation>
    </message>
    <message>
        <source>Degraded</source>
        <translation>Beeinträchtigt</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>No data yet</source>
        <translation>Noch keine Daten</translation>
    </message>
    <message>
        <source>verdict {level}</source>
        <translation>Bewertung {level}</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>{title} figures</source>
        <translation>Zahlen: {title}</translation>
    </message>
    <message>
        <source>Health page</source>
        <translation>Zustandsseite</translation>
    </message>
    <message>
        <source>Background worker</source>
        <translation>Hintergrunddienst</translation>
    </message>
    <message>
        <source>Metrics cache</source>
        <translation>Kennzahlen-Cache</translation>
    </message>
    <message>
        <source>Slow queries</source>
        <translation>Langsame Abfragen</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Anweisung</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>Optimistic accuracy</source>
        <translation>Genauigkeit der Sofortanzeige</translation>
    </message>
    <message>
        <source>Your book</source>
        <translation>Ihr Buch</translation>
    </message>
    <message>
        <source>Overall:</source>
        <translation>Gesamt:</translation>
    </message>
    <message>
        <source>Behind the scenes: background work and caches (for troubleshooting)</source>
        <translation>Hinter den Kulissen: Hintergrundarbeit und Caches (zur Fehlersuche)</translation>
    </message>
    <message>
        <source>The worker has not reported yet.</source>
        <translation>Der Hintergrunddienst hat sich noch nicht gemeldet.</translation>
    </message>
    <message>
        <source>Processed</source>
        <translation>Verarbeitet</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Failure rate</source>
        <translation>Fehlerquote</translation>
    </message>
    <message>
        <source>Retries</source>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <source>Queue depth</source>
        <translation>Warteschlangenlänge</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Laufend</translation>
    </message>
    <message>
        <source>Queue wait p50</source>
        <translation>Wartezeit p50</translation>
    </message>
    <message>
        <source>Queue wait p95</source>
        <translation>Wartezeit p95</translation>
    </message>
    <message>
        <source>Run time p50 / p95</source>
        <translation>Laufzeit p50 / p95</translation>
    </message>
    <message>
        <source>Slow jobs</source>
        <translation>Langsame Aufgaben</translation>
    </message>
    <message>
        <source>Stuck jobs</source>
        <translation>Hängende Aufgaben</translation>
    </message>
    <message>
        <source>Stale locks</source>
        <translation>Verwaiste Sperren</translation>
    </message>
    <message>
        <source>Last error in {task}: {message}</source>
        <translation>Letzter Fehler in {task}: {message}</translation>
    </message>
    <message>
        <source>Nothing to do: background work is on time.</source>
        <translation>Nichts zu tun: die Hintergrundarbeit ist aktuell.</translation>
    </message>
    <message>
        <source>The metrics cache has not reported yet.</source>
        <translation>Der Kennzahlen-Cache hat sich noch nicht gemeldet.</translation>
    </message>
    <message>
        <source>Hit rate</source>
        <translation>Trefferquote</translation>
    </message>
    <message>
        <source>Hits / misses</source>
        <translation>Treffer / Fehlgriffe</translation>
    </message>
    <message>
        <source>Lookup p50</source>
        <translation>Abruf p50</translation>
    </message>
    <message>
        <source>Lookup p95</source>
        <translation>Abruf p95</translation>
    </message>
    <message>
        <source>Entries</source>
        <comment>items in the metrics cache</comment>
        <translation>Einträge</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Buchungen</translation>
    </message>
    <message>
        <source>Size on disk</source>
        <translation>Größe auf der Festplatte</translation>
    </message>
    <message>
        <source>{size} of {limit}</source>
        <translation>{size} von {limit}</translation>
    </message>
    <message>
        <source>The cache is unusable ({error}); figures are computed on demand. Clearing it is always safe (`permoney cache clear`).</source>
        <translation>Der Cache ist unbrauchbar ({error}); Zahlen werden bei Bedarf berechnet. Ihn zu leeren ist immer sicher (`permoney cache clear`).</translation>
    </message>
    <message>
        <source>Dashboard figures come from the cache.</source>
        <translation>Die Zahlen der Übersicht kommen aus dem Cache.</translation>
    </message>
    <message>
        <source>Statements over 100 ms make the window feel slow; over 1 s they are errors. A vacuum of the book or fewer years on screen usually helps.</source>
        <translation>Anweisungen über 100 ms lassen das Fenster träge wirken; über 1 s gelten sie als Fehler. Ein Vacuum des Buchs oder weniger Jahre auf dem Bildschirm helfen meist.</translation>
    </message>
    <message>
        <source>No statement took over 100 ms.</source>
        <translation>Keine Anweisung dauerte über 100 ms.</translation>
    </message>
    <message>
        <source>No edits yet.</source>
        <translation>Noch keine Änderungen.</translation>
    </message>
    <message>
        <source>Edits shown at once</source>
        <translation>Sofort angezeigte Änderungen</translation>
    </message>
    <message>
        <source>Confirmations by the worker</source>
        <translation>Bestätigungen durch den Hintergrunddienst</translation>
    </message>
    <message>
        <source>Equal to the worker</source>
        <translation>Gleich wie beim Hintergrunddienst</translation>
    </message>
    <message>
        <source>Mismatches</source>
        <translation>Abweichungen</translation>
    </message>
    <message>
        <source>Adopted from other writers</source>
        <translation>Von anderen Schreibern übernommen</translation>
    </message>
    <message>
        <source>Last mismatch: {what}</source>
        <translation>Letzte Abweichung: {what}</translation>
    </message>
    <message>
        <source>Every provisional figure was confirmed unchanged.</source>
        <translation>Jede vorläufige Zahl wurde unverändert bestätigt.</translation>
    </message>
    <message>
        <source>Backup and check not read yet.</source>
        <translation>Sicherung und Prüfung noch nicht gelesen.</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Verschlüsselung</translation>
    </message>
    <message>
        <source>Keyring</source>
        <translation>Schlüsselbund</translation>
    </message>
    <message>
        <source>Balances up to date, backed up and checked.</source>
        <translation>Salden aktuell, gesichert und geprüft.</translation>
    </message>
    <message>
        <source>Custom range…</source>
        <translation>Eigener Zeitraum…</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Dieser Monat</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Letzter Monat</translation>
    </message>
    <message>
        <source>Last 3 months</source>
        <translation>Letzte 3 Monate</translation>
    </message>
    <message>
        <source>Year to date</source>
        <translation>Seit Jahresbeginn</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Letzte 12 Monate</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Gesamter Zeitraum</translation>
    </message>
    <message>
        <source>Custom period from</source>
        <translation>Eigener Zeitraum von</translation>
    </message>
    <message>
        <source>Custom period to</source>
        <translation>Eigener Zeitraum bis</translation>
    </message>
    <message>
        <source>“From” {start} is after “to” {end}: pick a start on or before the end.</source>
        <translation>„Von“ {start} liegt nach „bis“ {end}: wählen Sie einen Beginn am oder vor dem Ende.</translation>
    </message>
    <message>
        <source>entries</source>
        <translation>Buchungen</translation>
    </message>
    <message>
        <source>uncategorized</source>
        <translation>ohne Kategorie</translation>
    </message>
    <message>
        <source> and {count} more</source>
        <translation> und {count} weitere</translation>
    </message>
    <message>
        <source>{what} in {categories}</source>
        <translation>{what} in {categories}</translation>
    </message>
    <message>
        <source>{what} (by category kind; uncategorized by sign)</source>
        <translation>{what} (nach Kategorieart; ohne Kategorie nach Vorzeichen)</translation>
    </message>
    <message>
        <source> at one merchant</source>
        <translation> bei einem Händler</translation>
    </message>
    <message>
        <source>, transfers left out</source>
        <translation>, ohne Umbuchungen</translation>
    </message>
    <message>
        <source>Counted in the dashboard figure: {what}</source>
        <translation>In der Zahl der Übersicht gezählt: {what}</translation>
    </message>
    <message>
        <source>Filter from the dashboard</source>
        <translation>Filter aus der Übersicht</translation>
    </message>
    <message>
        <source>Remove the dashboard filter</source>
        <translation>Filter der Übersicht entfernen</translation>
    </message>
    <message>
        <source>Remove this filter</source>
        <translation>Diesen Filter entfernen</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Filter löschen</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Categories and tags</source>
        <translation>Kategorien und Tags</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Kategorien</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Hinzufügen…</translation>
    </message>
    <message>
        <source>Add child…</source>
        <translation>Unterkategorie hinzufügen…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Umbenennen…</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Select the parent category first.</source>
        <translation>Wählen Sie zuerst die übergeordnete Kategorie.</translation>
    </message>
    <message>
        <source>New child category</source>
        <translation>Neue Unterkategorie</translation>
    </message>
    <message>
        <source>category {path!r} is ambiguous; write one of: {options}</source>
        <translation>Kategorie {path!r} ist mehrdeutig; schreiben Sie eine von: {options}</translation>
    </message>
    <message>
        <source>unknown category {path!r}</source>
        <translation>unbekannte Kategorie {path!r}</translation>
    </message>
    <message>
        <source>a category needs a name</source>
        <translation>eine Kategorie braucht einen Namen</translation>
    </message>
    <message>
        <source>category names are at most 200 characters</source>
        <translation>Kategorienamen haben höchstens 200 Zeichen</translation>
    </message>
    <message>
        <source>category names cannot contain {separator!r}</source>
        <translation>Kategorienamen dürfen kein {separator!r} enthalten</translation>
    </message>
    <message>
        <source>a category named {name!r} already exists there</source>
        <translation>eine Kategorie namens {name!r} gibt es dort schon</translation>
    </message>
    <message>
        <source>Add category</source>
        <translation>Kategorie hinzufügen</translation>
    </message>
    <message>
        <source>{path!r}: a category path is Parent or Parent:Child</source>
        <translation>{path!r}: ein Kategoriepfad ist Oberkategorie oder Oberkategorie:Unterkategorie</translation>
    </message>
    <message>
        <source>Add category {path}</source>
        <translation>Kategorie {path} hinzufügen</translation>
    </message>
    <message>
        <source>categories have two levels; {full_name!r} is already a child</source>
        <translation>Kategorien haben zwei Ebenen; {full_name!r} ist schon eine Unterkategorie</translation>
    </message>
    <message>
        <source>a child of {name!r} is an {kind} category like its parent</source>
        <translation>eine Unterkategorie von {name!r} hat die Art {kind} wie ihre Oberkategorie</translation>
    </message>
    <message>
        <source>a top-level category needs a kind: income or expense</source>
        <translation>eine Hauptkategorie braucht eine Art: Einnahme oder Ausgabe</translation>
    </message>
    <message>
        <source>unknown category kind {kind!r} (income or expense)</source>
        <translation>unbekannte Kategorieart {kind!r} (income oder expense)</translation>
    </message>
    <message>
        <source>Rename category</source>
        <translation>Kategorie umbenennen</translation>
    </message>
    <message>
        <source>Change category colour</source>
        <translation>Kategoriefarbe ändern</translation>
    </message>
    <message>
        <source>Delete category</source>
        <translation>Kategorie löschen</translation>
    </message>
    <message>
        <source>cannot move entries of {full_name!r} into itself</source>
        <translation>Buchungen von {full_name!r} können nicht in sich selbst verschoben werden</translation>
    </message>
    <message>
        <source>Move category</source>
        <translation>Kategorie verschieben</translation>
    </message>
    <message>
        <source>categories have two levels; {full_name!r} cannot hold a child</source>
        <translation>Kategorien haben zwei Ebenen; {full_name!r} kann keine Unterkategorie haben</translation>
    </message>
    <message>
        <source>{full_name!r} has children; it stays at the top level</source>
        <translation>{full_name!r} hat Unterkategorien; sie bleibt auf der obersten Ebene</translation>
    </message>
    <message>
        <source>{full_name!r} is an {kind} category and {name!r} an {kind2} one; a child has its parent&apos;s kind</source>
        <translation>{full_name!r} hat die Art {kind} und {name!r} die Art {kind2}; eine Unterkategorie hat die Art ihrer Oberkategorie</translation>
    </message>
    <message>
        <source>New name</source>
        <translation>Neuer Name</translation>
    </message>
    <message>
        <source>New tag</source>
        <translation>Neuer Tag</translation>
    </message>
    <message>
        <source>a tag needs a name</source>
        <translation>ein Tag braucht einen Namen</translation>
    </message>
    <message>
        <source>tag {name!r}… is longer than 100 characters</source>
        <translation>Tag {name!r}… ist länger als 100 Zeichen</translation>
    </message>
    <message>
        <source>no tag with id {tag_id}</source>
        <translation>kein Tag mit der Nummer {tag_id}</translation>
    </message>
    <message>
        <source>Add tag</source>
        <translation>Tag hinzufügen</translation>
    </message>
    <message>
        <source>a tag named {name!r} already exists</source>
        <translation>ein Tag namens {name!r} gibt es schon</translation>
    </message>
    <message>
        <source>Rename tag</source>
        <translation>Tag umbenennen</translation>
    </message>
    <message>
        <source>Delete tag</source>
        <translation>Tag löschen</translation>
    </message>
    <message>
        <source>Set balance</source>
        <translation>Saldo festlegen</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>For a card or loan, type the amount owed as a positive number.</source>
        <translation>Für eine Karte oder einen Kredit geben Sie den geschuldeten Betrag als positive Zahl ein.</translation>
    </message>
    <message>
        <source>Type the balance on that date.</source>
        <translation>Geben Sie den Saldo an diesem Datum ein.</translation>
    </message>
    <message>
        <source>The balance could not be set.</source>
        <translation>Der Saldo konnte nicht festgelegt werden.</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Zahlung</translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation>Einzahlung</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>an exchange rate for an entry up to this row is missing</source>
        <translation>für eine Buchung bis zu dieser Zeile fehlt ein Wechselkurs</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Umbuchung</translation>
    </message>
    <message>
        <source>Edit entry</source>
        <translation>Buchung bearbeiten</translation>
    </message>
    <message>
        <source>Edit {count} entries</source>
        <translation>{count} Buchungen bearbeiten</translation>
    </message>
    <message>
        <source>Delete entry</source>
        <translation>Buchung löschen</translation>
    </message>
    <message>
        <source>Delete {count} entries</source>
        <translation>{count} Buchungen löschen</translation>
    </message>
    <message>
        <source>a valuation is in its account&apos;s currency ({account_cur}), not {cur}</source>
        <translation>eine Bewertung ist in der Währung ihres Kontos ({account_cur}), nicht in {cur}</translation>
    </message>
    <message>
        <source>Transfer to {account}</source>
        <translation>Umbuchung nach {account}</translation>
    </message>
    <message>
        <source>Transfer from {account}</source>
        <translation>Umbuchung von {account}</translation>
    </message>
    <message>
        <source>a transfer needs two different accounts</source>
        <translation>eine Umbuchung braucht zwei verschiedene Konten</translation>
    </message>
    <message>
        <source>a transfer amount must be positive, got {amount}</source>
        <translation>der Betrag einer Umbuchung muss positiv sein, nicht {amount}</translation>
    </message>
    <message>
        <source>a transfer from {src_cur} to {dest_cur} needs the amount received as well</source>
        <translation>eine Umbuchung von {src_cur} nach {dest_cur} braucht auch den erhaltenen Betrag</translation>
    </message>
    <message>
        <source>the amount received must be positive, got {to_amount}</source>
        <translation>der erhaltene Betrag muss positiv sein, nicht {to_amount}</translation>
    </message>
    <message>
        <source>a transfer has two sides; add it with add_transfer</source>
        <translation>eine Umbuchung hat zwei Seiten; fügen Sie sie mit add_transfer hinzu</translation>
    </message>
    <message>
        <source>Add valuation</source>
        <translation>Bewertung hinzufügen</translation>
    </message>
    <message>
        <source>Add entry</source>
        <translation>Buchung hinzufügen</translation>
    </message>
    <message>
        <source>transfers are given as NewTransfer rows</source>
        <translation>Umbuchungen werden als NewTransfer-Zeilen übergeben</translation>
    </message>
    <message>
        <source>row {row}: {error}</source>
        <translation>Zeile {row}: {error}</translation>
    </message>
    <message>
        <source>no entry with id {missing}</source>
        <translation>keine Buchung mit der Nummer {missing}</translation>
    </message>
    <message>
        <source>entry {row} is a transfer line of split entry {owner}; change it through that split (permoney tx split {owner})</source>
        <translation>Buchung {row} ist eine Umbuchungszeile der aufgeteilten Buchung {owner}; ändern Sie sie über diese Aufteilung (permoney tx split {owner})</translation>
    </message>
    <message>
        <source>transfer {row} has lost its other side</source>
        <translation>Umbuchung {row} hat ihre Gegenseite verloren</translation>
    </message>
    <message>
        <source>no entries to edit</source>
        <translation>keine Buchungen zu bearbeiten</translation>
    </message>
    <message>
        <source>both sides of a transfer cannot be in the same account</source>
        <translation>beide Seiten einer Umbuchung können nicht auf demselben Konto sein</translation>
    </message>
    <message>
        <source>no entries to delete</source>
        <translation>keine Buchungen zu löschen</translation>
    </message>
    <message>
        <source>Duplicate entry</source>
        <translation>Buchung duplizieren</translation>
    </message>
    <message>
        <source>no entry with id {entry_id}</source>
        <translation>keine Buchung mit der Nummer {entry_id}</translation>
    </message>
    <message>
        <source>New entry… (Ctrl+N)</source>
        <translation>Neue Buchung… (Strg+N)</translation>
    </message>
    <message>
        <source>New entry row</source>
        <translation>Zeile für neue Buchung</translation>
    </message>
    <message>
        <source>Choose an account for the new entry first.</source>
        <translation>Wählen Sie zuerst ein Konto für die neue Buchung.</translation>
    </message>
    <message>
        <source>Valuation: the account&apos;s balance is set to this amount on this day.</source>
        <translation>Bewertung: der Saldo des Kontos wird an diesem Tag auf diesen Betrag gesetzt.</translation>
    </message>
    <message>
        <source>A transfer between your accounts: not income or spending.</source>
        <translation>Eine Umbuchung zwischen Ihren Konten: weder Einnahme noch Ausgabe.</translation>
    </message>
    <message>
        <source>Register page</source>
        <translation>Kontobuchseite</translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation>Alle Konten</translation>
    </message>
    <message>
        <source>no account with id {account_id}</source>
        <translation>kein Konto mit der Nummer {account_id}</translation>
    </message>
    <message>
        <source>unknown account {name!r}</source>
        <translation>unbekanntes Konto {name!r}</translation>
    </message>
    <message>
        <source>an account needs a name</source>
        <translation>ein Konto braucht einen Namen</translation>
    </message>
    <message>
        <source>account names are at most 200 characters</source>
        <translation>Kontonamen haben höchstens 200 Zeichen</translation>
    </message>
    <message>
        <source>an account named {name!r} already exists</source>
        <translation>ein Konto namens {name!r} gibt es schon</translation>
    </message>
    <message>
        <source>Add account</source>
        <translation>Konto hinzufügen</translation>
    </message>
    <message>
        <source>Rename account</source>
        <translation>Konto umbenennen</translation>
    </message>
    <message>
        <source>Edit account</source>
        <translation>Konto bearbeiten</translation>
    </message>
    <message>
        <source>cannot turn {name!r} from {value} into {value2}; create a new account instead</source>
        <translation>{name!r} kann nicht von {value} zu {value2} werden; legen Sie stattdessen ein neues Konto an</translation>
    </message>
    <message>
        <source>cannot change the currency of {name!r}: it has entries</source>
        <translation>die Währung von {name!r} kann nicht geändert werden: es hat Buchungen</translation>
    </message>
    <message>
        <source>Archive account</source>
        <translation>Konto archivieren</translation>
    </message>
    <message>
        <source>Unarchive account</source>
        <translation>Konto aus dem Archiv holen</translation>
    </message>
    <message>
        <source>Delete account</source>
        <translation>Konto löschen</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>Neues Konto</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>money you owe</source>
        <translation>Geld, das Sie schulden</translation>
    </message>
    <message>
        <source>what you own</source>
        <translation>was Ihnen gehört</translation>
    </message>
    <message>
        <source>Opening balance</source>
        <translation>Anfangssaldo</translation>
    </message>
    <message>
        <source>Opening date</source>
        <translation>Eröffnungsdatum</translation>
    </message>
    <message>
        <source>Archived (hidden from lists; its money still counts)</source>
        <translation>Archiviert (in Listen ausgeblendet; sein Geld zählt weiter)</translation>
    </message>
    <message>
        <source>Opening balance (owed for debts)</source>
        <translation>Anfangssaldo (bei Schulden der geschuldete Betrag)</translation>
    </message>
    <message>
        <source>The account could not be saved.</source>
        <translation>Das Konto konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Checking</source>
        <comment>one account</comment>
        <translation>Girokonto</translation>
    </message>
    <message>
        <source>Savings</source>
        <comment>one account</comment>
        <translation>Sparkonto</translation>
    </message>
    <message>
        <source>Cash</source>
        <comment>one account</comment>
        <translation>Bargeld</translation>
    </message>
    <message>
        <source>Investment</source>
        <comment>one account</comment>
        <translation>Geldanlage</translation>
    </message>
    <message>
        <source>Property</source>
        <comment>one account</comment>
        <translation>Immobilie</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <comment>one account</comment>
        <translation>Fahrzeug</translation>
    </message>
    <message>
        <source>Other asset</source>
        <comment>one account</comment>
        <translation>Sonstiger Vermögenswert</translation>
    </message>
    <message>
        <source>Credit card</source>
        <comment>one account</comment>
        <translation>Kreditkarte</translation>
    </message>
    <message>
        <source>Loan</source>
        <comment>one account</comment>
        <translation>Kredit</translation>
    </message>
    <message>
        <source>Other liability</source>
        <comment>one account</comment>
        <translation>Sonstige Schuld</translation>
    </message>
    <message>
        <source>Register summary</source>
        <translation>Kontobuch-Zusammenfassung</translation>
    </message>
    <message>
        <source>Search payee, notes, category (Ctrl+F)</source>
        <translation>Empfänger, Notizen, Kategorie suchen (Strg+F)</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Ab Datum</translation>
    </message>
    <message>
        <source>Entries from this date on: {hint}</source>
        <translation>Buchungen ab diesem Datum: {hint}</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Bis Datum</translation>
    </message>
    <message>
        <source>Entries up to this date: {hint}</source>
        <translation>Buchungen bis zu diesem Datum: {hint}</translation>
    </message>
    <message>
        <source>Category filter</source>
        <translation>Kategoriefilter</translation>
    </message>
    <message>
        <source>Tag filter</source>
        <translation>Tag-Filter</translation>
    </message>
    <message>
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <source>Minimum amount</source>
        <translation>Mindestbetrag</translation>
    </message>
    <message>
        <source>max</source>
        <translation>max</translation>
    </message>
    <message>
        <source>Maximum amount</source>
        <translation>Höchstbetrag</translation>
    </message>
    <message>
        <source>Entries of at least this size, money out or in</source>
        <translation>Buchungen mindestens dieser Höhe, Ausgang oder Eingang</translation>
    </message>
    <message>
        <source>Entries of at most this size, money out or in</source>
        <translation>Buchungen höchstens dieser Höhe, Ausgang oder Eingang</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <source>Split…</source>
        <translation>Aufteilen…</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Alle Kategorien</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Alle Tags</translation>
    </message>
    <message>
        <source> on {day}</source>
        <translation> am {day}</translation>
    </message>
    <message>
        <source>opened owing</source>
        <translation>eröffnet mit einer Schuld von</translation>
    </message>
    <message>
        <source>opened with</source>
        <translation>eröffnet mit</translation>
    </message>
    <message>
        <source> · balance {amount}</source>
        <translation> · Saldo {amount}</translation>
    </message>
    <message>
        <source>○ Shown at once from your edit; the background worker confirms it in a moment (the mark then goes).</source>
        <translation>○ Sofort aus Ihrer Änderung angezeigt; der Hintergrunddienst bestätigt es gleich (dann verschwindet die Markierung).</translation>
    </message>
    <message>
        <source>Type an amount to save the new entry.</source>
        <translation>Geben Sie einen Betrag ein, um die neue Buchung zu speichern.</translation>
    </message>
    <message>
        <source>Only a transaction can be split.</source>
        <translation>Nur eine Buchung kann aufgeteilt werden.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Go to the other side in {account}</source>
        <translation>Zur Gegenbuchung in {account} springen</translation>
    </message>
    <message>
        <source>Categories have two levels: {path!r} has {count}.</source>
        <translation>Kategorien haben zwei Ebenen: {path!r} hat {count}.</translation>
    </message>
    <message>
        <source>{path!r} is kept as typed; the entry needs a category.</source>
        <translation>{path!r} bleibt wie eingegeben; die Buchung braucht eine Kategorie.</translation>
    </message>
    <message>
        <source>New category</source>
        <translation>Neue Kategorie</translation>
    </message>
    <message>
        <source>Create the {inherited} category {path!r}?</source>
        <translation>Die Kategorie {path!r} ({inherited}) anlegen?</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Anlegen</translation>
    </message>
    <message>
        <source>{path!r} is a new category. Is it spending or income?</source>
        <translation>{path!r} ist eine neue Kategorie. Sind es Ausgaben oder Einnahmen?</translation>
    </message>
    <message>
        <source>Expense</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <source>Export {title} as CSV</source>
        <translation>{title} als CSV exportieren</translation>
    </message>
    <message>
        <source>{title} table</source>
        <translation>Tabelle {title}</translation>
    </message>
    <message>
        <source>Export {title}</source>
        <translation>{title} exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source> (to {day})</source>
        <translation> (bis {day})</translation>
    </message>
    <message>
        <source>Reports page</source>
        <translation>Berichtsseite</translation>
    </message>
    <message>
        <source>Report period</source>
        <translation>Berichtszeitraum</translation>
    </message>
    <message>
        <source>Month end</source>
        <translation>Monatsende</translation>
    </message>
    <message>
        <source>Income vs expenses</source>
        <translation>Einnahmen und Ausgaben</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Budgeted</source>
        <translation>Budgetiert</translation>
    </message>
    <message>
        <source>entry {entry_id} is a {row}; only a transaction can be split</source>
        <translation>Buchung {entry_id} ist vom Typ {row}; nur eine normale Buchung kann aufgeteilt werden</translation>
    </message>
    <message>
        <source>split line {i} transfers into the entry&apos;s own account</source>
        <translation>Aufteilungszeile {i} bucht auf das eigene Konto der Buchung um</translation>
    </message>
    <message>
        <source>Split entry</source>
        <translation>Buchung aufteilen</translation>
    </message>
    <message>
        <source>entry {entry_id} is not split</source>
        <translation>Buchung {entry_id} ist nicht aufgeteilt</translation>
    </message>
    <message>
        <source>Add split entry</source>
        <translation>Aufgeteilte Buchung hinzufügen</translation>
    </message>
    <message>
        <source>Left to assign</source>
        <translation>Noch zuzuordnen</translation>
    </message>
    <message>
        <source>Remove split</source>
        <translation>Aufteilung entfernen</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>Ausgegeben</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Erhalten</translation>
    </message>
    <message>
        <source>Split lines</source>
        <translation>Teilbuchungen</translation>
    </message>
    <message>
        <source>Category or [Account]</source>
        <translation>Kategorie oder [Konto]</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Buchung</translation>
    </message>
    <message>
        <source>Add line</source>
        <translation>Zeile hinzufügen</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Strg+N</translation>
    </message>
    <message>
        <source>Assign the rest here</source>
        <translation>Den Rest hier zuordnen</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Strg+R</translation>
    </message>
    <message>
        <source>Left to assign: {shown}</source>
        <translation>Noch zuzuordnen: {shown}</translation>
    </message>
    <message>
        <source>The split could not be saved.</source>
        <translation>Die Aufteilung konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Verfügbar</translation>
    </message>
    <message>
        <source>A missing exchange rate left some spending out.</source>
        <translation>Ein fehlender Wechselkurs hat einige Ausgaben ausgelassen.</translation>
    </message>
    <message>
        <source>Computed here after your edit; the background worker confirms it.</source>
        <translation>Nach Ihrer Änderung hier berechnet; der Hintergrunddienst bestätigt es.</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <source>Spending by merchant</source>
        <translation>Ausgaben nach Händler</translation>
    </message>
    <message>
        <source>Merchant</source>
        <translation>Händler</translation>
    </message>
    <message>
        <source>{start} – {end} · amounts in {currency}</source>
        <translation>{start} – {end} · Beträge in {currency}</translation>
    </message>
    <message>
        <source>Check and import</source>
        <translation>Prüfen und importieren</translation>
    </message>
    <message>
        <source>What the import will do. It is one step you can undo.</source>
        <translation>Was der Import tun wird. Er ist ein Schritt, den Sie rückgängig machen können.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Checking the file</source>
        <translation>Datei wird geprüft</translation>
    </message>
    <message>
        <source>Import summary</source>
        <translation>Importübersicht</translation>
    </message>
    <message>
        <source>Rows in another currency</source>
        <translation>Zeilen in einer anderen Währung</translation>
    </message>
    <message>
        <source>What the file says beside its rows</source>
        <translation>Was die Datei neben ihren Zeilen angibt</translation>
    </message>
    <message>
        <source>Skipped as duplicates:</source>
        <translation>Als Duplikate übersprungen:</translation>
    </message>
    <message>
        <source>Rows skipped as duplicates</source>
        <translation>Als Duplikate übersprungene Zeilen</translation>
    </message>
    <message>
        <source>{count:,} already in the book, skipped (listed below).</source>
        <translation>{count:,} schon im Buch, übersprungen (unten aufgeführt).</translation>
    </message>
    <message numerus="yes">
        <source>{count:,} transfer(s) linked by the file&apos;s ids.</source>
        <translation>
            <numerusform>{count:,} Umbuchung über die Kennungen der Datei verknüpft.</numerusform>
            <numerusform>{count:,} Umbuchungen über die Kennungen der Datei verknüpft.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count:,} possible transfer(s) to review.</source>
        <translation>
            <numerusform>{count:,} mögliche Umbuchung zu prüfen.</numerusform>
            <numerusform>{count:,} mögliche Umbuchungen zu prüfen.</numerusform>
        </translation>
    </message>
    <message>
        <source>New categories: {names} and {count} more.</source>
        <translation>Neue Kategorien: {names} und {count} weitere.</translation>
    </message>
    <message>
        <source>New categories: {names}.</source>
        <translation>Neue Kategorien: {names}.</translation>
    </message>
    <message>
        <source>Your rules fill in fields on {count:,} entries.</source>
        <translation>Ihre Regeln füllen Felder in {count:,} Buchungen aus.</translation>
    </message>
    <message>
        <source>Into {accounts}.</source>
        <translation>In {accounts}.</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>Hinweis: {note}</translation>
    </message>
    <message numerus="yes">
        <source>{count:,} new entries out of {total:,} in {file}.</source>
        <translation>
            <numerusform>{count:,} neue Buchung von {total:,} in {file}.</numerusform>
            <numerusform>{count:,} neue Buchungen von {total:,} in {file}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to import: {file} holds no rows to import.</source>
        <translation>Nichts zu importieren: {file} enthält keine zu importierenden Zeilen.</translation>
    </message>
    <message>
        <source>The one row of {file} is already in the book: nothing new to import.</source>
        <translation>Die einzige Zeile von {file} ist schon im Buch: nichts Neues zu importieren.</translation>
    </message>
    <message>
        <source>All {total:,} rows of {file} are already in the book: nothing new to import (listed below).</source>
        <translation>Alle {total:,} Zeilen von {file} sind schon im Buch: nichts Neues zu importieren (unten aufgeführt).</translation>
    </message>
    <message>
        <source>Nothing new to import: {count:,} of the {total:,} rows of {file} are already in the book.</source>
        <translation>Nichts Neues zu importieren: {count:,} der {total:,} Zeilen von {file} sind schon im Buch.</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Filled in by one of your rules</source>
        <translation>Von einer Ihrer Regeln ausgefüllt</translation>
    </message>
    <message>
        <source>Line {line} cannot be read: {error}</source>
        <translation>Zeile {line} lässt sich nicht lesen: {error}</translation>
    </message>
    <message>
        <source>{field}: {reason}</source>
        <translation>{field}: {reason}</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Debit (money out)</source>
        <translation>Soll (Ausgang)</translation>
    </message>
    <message>
        <source>Credit (money in)</source>
        <translation>Haben (Eingang)</translation>
    </message>
    <message>
        <source>Payee</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>Memo</source>
        <translation>Memo</translation>
    </message>
    <message>
        <source>Bank&apos;s id</source>
        <translation>Kennung der Bank</translation>
    </message>
    <message>
        <source>Transfer id</source>
        <translation>Umbuchungskennung</translation>
    </message>
    <message>
        <source>Direction (in/out)</source>
        <translation>Richtung (ein/aus)</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Gebühr</translation>
    </message>
    <message>
        <source>Running balance</source>
        <translation>Laufender Saldo</translation>
    </message>
    <message>
        <source>Read the columns</source>
        <translation>Spalten lesen</translation>
    </message>
    <message>
        <source>Match the file&apos;s columns to what they mean. The table shows the first rows as they will be imported; rows that cannot be read are marked.</source>
        <translation>Ordnen Sie den Spalten der Datei ihre Bedeutung zu. Die Tabelle zeigt die ersten Zeilen so, wie sie importiert werden; nicht lesbare Zeilen sind markiert.</translation>
    </message>
    <message>
        <source>Preview of the first rows</source>
        <translation>Vorschau der ersten Zeilen</translation>
    </message>
    <message>
        <source>Preview summary</source>
        <translation>Zusammenfassung der Vorschau</translation>
    </message>
    <message>
        <source>Saved mapping</source>
        <translation>Gespeicherte Zuordnung</translation>
    </message>
    <message>
        <source>&amp;Load</source>
        <translation>&amp;Laden</translation>
    </message>
    <message>
        <source>Load the saved mapping</source>
        <translation>Gespeicherte Zuordnung laden</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>&amp;Speichern unter…</translation>
    </message>
    <message>
        <source>Save this mapping</source>
        <translation>Diese Zuordnung speichern</translation>
    </message>
    <message>
        <source>Delete the saved mapping</source>
        <translation>Gespeicherte Zuordnung löschen</translation>
    </message>
    <message>
        <source>Saved &amp;mappings:</source>
        <translation>Gespeicherte &amp;Zuordnungen:</translation>
    </message>
    <message>
        <source>Column for {field}</source>
        <translation>Spalte für {field}</translation>
    </message>
    <message>
        <source>{field}:</source>
        <translation>{field}:</translation>
    </message>
    <message>
        <source>(not in the file)</source>
        <translation>(nicht in der Datei)</translation>
    </message>
    <message>
        <source>Dates read as {format}</source>
        <translation>Daten gelesen als {format}</translation>
    </message>
    <message>
        <source> (decided from the first {rows} rows)</source>
        <translation> (aus den ersten {rows} Zeilen bestimmt)</translation>
    </message>
    <message>
        <source>No saved mappings yet</source>
        <translation>Noch keine gespeicherten Zuordnungen</translation>
    </message>
    <message>
        <source>Save mapping</source>
        <translation>Zuordnung speichern</translation>
    </message>
    <message>
        <source>Name for this mapping (e.g. the bank):</source>
        <translation>Name für diese Zuordnung (z. B. die Bank):</translation>
    </message>
    <message>
        <source>Mapping saved as “{name}”.</source>
        <translation>Zuordnung als „{name}“ gespeichert.</translation>
    </message>
    <message>
        <source>Showing the first {shown} of {total} rows.</source>
        <translation>Die ersten {shown} von {total} Zeilen werden gezeigt.</translation>
    </message>
    <message>
        <source>Showing the first {shown} of about {total} rows.</source>
        <translation>Die ersten {shown} von etwa {total} Zeilen werden gezeigt.</translation>
    </message>
    <message>
        <source>{total} rows in the file; they show here once the problem below is solved.</source>
        <translation>{total} Zeilen in der Datei; sie erscheinen hier, sobald das Problem unten behoben ist.</translation>
    </message>
    <message>
        <source>About {total} rows in the file; they show here once the problem below is solved.</source>
        <translation>Etwa {total} Zeilen in der Datei; sie erscheinen hier, sobald das Problem unten behoben ist.</translation>
    </message>
    <message>
        <source>Every row is checked before the import, on the next pages.</source>
        <translation>Jede Zeile wird vor dem Import auf den nächsten Seiten geprüft.</translation>
    </message>
    <message>
        <source>1 row cannot be read; the import needs every row to be readable.</source>
        <translation>1 Zeile lässt sich nicht lesen; der Import braucht jede Zeile lesbar.</translation>
    </message>
    <message>
        <source>{count} rows cannot be read; the import needs every row to be readable.</source>
        <translation>{count} Zeilen lassen sich nicht lesen; der Import braucht jede Zeile lesbar.</translation>
    </message>
    <message>
        <source>choose the date format</source>
        <translation>wählen Sie das Datumsformat</translation>
    </message>
    <message>
        <source>choose the format under Dates</source>
        <translation>wählen Sie das Format unter Datum</translation>
    </message>
    <message>
        <source>choose the decimal separator</source>
        <translation>wählen Sie das Dezimaltrennzeichen</translation>
    </message>
    <message>
        <source>choose it under Decimal separator</source>
        <translation>wählen Sie es unter Dezimaltrennzeichen</translation>
    </message>
    <message>
        <source>set the direction values</source>
        <translation>legen Sie die Richtungswerte fest</translation>
    </message>
    <message>
        <source>type them under Money out when / Money in when</source>
        <translation>tragen Sie sie unter Ausgang, wenn / Eingang, wenn ein</translation>
    </message>
    <message>
        <source>with a row filter</source>
        <translation>mit einem Zeilenfilter</translation>
    </message>
    <message>
        <source>under Only rows where</source>
        <translation>unter Nur Zeilen, bei denen</translation>
    </message>
    <message>
        <source>read the file as having no header and map the columns by number</source>
        <translation>lesen Sie die Datei als Datei ohne Kopfzeile und ordnen Sie die Spalten nach Nummer zu</translation>
    </message>
    <message>
        <source>tick No header row and choose the columns by number</source>
        <translation>kreuzen Sie Keine Kopfzeile an und wählen Sie die Spalten nach Nummer</translation>
    </message>
    <message>
        <source>choose</source>
        <translation>wählen</translation>
    </message>
    <message>
        <source>{problem}. Fix the file or the settings above</source>
        <translation>{problem}. Korrigieren Sie die Datei oder die Einstellungen oben</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Possible transfers (you can review them after the import):</source>
        <translation>Mögliche Umbuchungen (Sie können sie nach dem Import prüfen):</translation>
    </message>
    <message>
        <source>Possible transfers</source>
        <translation>Mögliche Umbuchungen</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Nach</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation>Jede Zeile wird geprüft…</translation>
    </message>
    <message>
        <source>Looking for duplicates…</source>
        <translation>Duplikate werden gesucht…</translation>
    </message>
    <message>
        <source>Applying your rules…</source>
        <translation>Ihre Regeln werden angewendet…</translation>
    </message>
    <message>
        <source>Writing entries…</source>
        <translation>Buchungen werden geschrieben…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was written.</source>
        <translation>Der Import wurde abgebrochen; nichts wurde geschrieben.</translation>
    </message>
    <message>
        <source>{file}, line {line}, field “{field}”: {reason}. Nothing was imported; fix the file, or go Back and change how it is read.</source>
        <translation>{file}, Zeile {line}, Feld „{field}“: {reason}. Nichts wurde importiert; korrigieren Sie die Datei oder gehen Sie Zurück und ändern Sie, wie sie gelesen wird.</translation>
    </message>
    <message>
        <source>{file}, line {line}: {reason}. Nothing was imported; fix the file, or go Back and change how it is read.</source>
        <translation>{file}, Zeile {line}: {reason}. Nichts wurde importiert; korrigieren Sie die Datei oder gehen Sie Zurück und ändern Sie, wie sie gelesen wird.</translation>
    </message>
    <message>
        <source>{file}, field “{field}”: {reason}. Nothing was imported; fix the file, or go Back and change how it is read.</source>
        <translation>{file}, Feld „{field}“: {reason}. Nichts wurde importiert; korrigieren Sie die Datei oder gehen Sie Zurück und ändern Sie, wie sie gelesen wird.</translation>
    </message>
    <message>
        <source>{file}: {reason}. Nothing was imported; fix the file, or go Back and change how it is read.</source>
        <translation>{file}: {reason}. Nichts wurde importiert; korrigieren Sie die Datei oder gehen Sie Zurück und ändern Sie, wie sie gelesen wird.</translation>
    </message>
    <message>
        <source>The last check found the book file damaged.</source>
        <translation>Die letzte Prüfung hat die Buchdatei beschädigt vorgefunden.</translation>
    </message>
    <message>
        <source>Finding a backup</source>
        <translation>Sicherung wird gesucht</translation>
    </message>
    <message>
        <source>Verifying the newest backups of the book…</source>
        <translation>Die neuesten Sicherungen des Buchs werden geprüft…</translation>
    </message>
    <message>
        <source>No verified backup</source>
        <translation>Keine geprüfte Sicherung</translation>
    </message>
    <message>
        <source>Choose a backup file yourself (a copy you keep elsewhere), or keep the book open read-only and export what you need.</source>
        <translation>Wählen Sie selbst eine Sicherungsdatei (eine Kopie, die Sie anderswo aufbewahren), oder lassen Sie das Buch nur lesbar geöffnet und exportieren Sie, was Sie brauchen.</translation>
    </message>
    <message>
        <source>Choose a backup…</source>
        <translation>Sicherung wählen…</translation>
    </message>
    <message>
        <source>Recent books</source>
        <translation>Zuletzt geöffnete Bücher</translation>
    </message>
    <message>
        <source>New book…</source>
        <translation>Neues Buch…</translation>
    </message>
    <message>
        <source>Open book…</source>
        <translation>Buch öffnen…</translation>
    </message>
    <message>
        <source>Connect to a shared book…</source>
        <translation>Mit einem gemeinsamen Buch verbinden…</translation>
    </message>
    <message>
        <source>No other books yet</source>
        <translation>Noch keine anderen Bücher</translation>
    </message>
    <message>
        <source>New book</source>
        <translation>Neues Buch</translation>
    </message>
    <message>
        <source>Open book</source>
        <translation>Buch öffnen</translation>
    </message>
    <message>
        <source>{path} is not there any more.</source>
        <translation>{path} ist nicht mehr vorhanden.</translation>
    </message>
    <message>
        <source>Demo book</source>
        <translation>Demobuch</translation>
    </message>
    <message>
        <source>The demo book could not be made: {error}</source>
        <translation>Das Demobuch konnte nicht angelegt werden: {error}</translation>
    </message>
    <message>
        <source>Could not start the app on {path}.</source>
        <translation>Die App konnte nicht mit {path} gestartet werden.</translation>
    </message>
    <message>
        <source>My book</source>
        <translation>Mein Buch</translation>
    </message>
    <message>
        <source>Permoney books (*{suffix})</source>
        <translation>Permoney-Bücher (*{suffix})</translation>
    </message>
    <message>
        <source>Permoney books (*{suffix});;All files (*)</source>
        <translation>Permoney-Bücher (*{suffix});;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Try demo data</source>
        <translation>Demodaten ausprobieren</translation>
    </message>
    <message>
        <source>Open a demo household in a book of its own?</source>
        <translation>Einen Beispielhaushalt in einem eigenen Buch öffnen?</translation>
    </message>
    <message>
        <source>The demo book is {path}. Your own book stays exactly as it is; File → Recent books brings you back to it.</source>
        <translation>Das Demobuch ist {path}. Ihr eigenes Buch bleibt genau, wie es ist; Datei → Zuletzt geöffnete Bücher bringt Sie zurück.</translation>
    </message>
    <message>
        <source>Open the demo book</source>
        <translation>Demobuch öffnen</translation>
    </message>
    <message>
        <source>Encrypting the book</source>
        <translation>Buch wird verschlüsselt</translation>
    </message>
    <message>
        <source>Encryption failed</source>
        <translation>Verschlüsselung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Unencrypted backups remain</source>
        <translation>Unverschlüsselte Sicherungen sind noch vorhanden</translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) of {book} taken before it was encrypted, including the one just taken, are not encrypted.</source>
        <translation>
            <numerusform>%n Sicherung von {book} aus der Zeit vor der Verschlüsselung, einschließlich der gerade erstellten, ist nicht verschlüsselt.</numerusform>
            <numerusform>%n Sicherungen von {book} aus der Zeit vor der Verschlüsselung, einschließlich der gerade erstellten, sind nicht verschlüsselt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Anyone who can read {folder} can read them. Encrypt them with the book&apos;s key, or remove them?</source>
        <translation>Wer {folder} lesen kann, kann sie lesen. Mit dem Schlüssel des Buchs verschlüsseln oder entfernen?</translation>
    </message>
    <message>
        <source>Encrypt them</source>
        <translation>Verschlüsseln</translation>
    </message>
    <message>
        <source>Remove them</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Keep them</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>Backups unchanged</source>
        <translation>Sicherungen unverändert</translation>
    </message>
    <message>
        <source>Decrypting the book</source>
        <translation>Buch wird entschlüsselt</translation>
    </message>
    <message>
        <source>Decryption failed</source>
        <translation>Entschlüsselung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Book decrypted</source>
        <translation>Buch entschlüsselt</translation>
    </message>
    <message>
        <source>Its key was removed from the keyring. Backups taken while it was encrypted still need the old recovery key.</source>
        <translation>Sein Schlüssel wurde aus dem Schlüsselbund entfernt. Sicherungen aus der verschlüsselten Zeit brauchen weiterhin den alten Wiederherstellungsschlüssel.</translation>
    </message>
    <message>
        <source>Your book is empty</source>
        <translation>Ihr Buch ist leer</translation>
    </message>
    <message>
        <source>Bring in your history from a bank export, or look around with a demo household first: it opens in a demo book of its own, and this book stays yours.</source>
        <translation>Holen Sie Ihre Historie aus einem Bankexport, oder sehen Sie sich zuerst mit einem Beispielhaushalt um: er öffnet sich in einem eigenen Demobuch, und dieses Buch bleibt Ihres.</translation>
    </message>
    <message>
        <source>Import a bank file…</source>
        <translation>Bankdatei importieren…</translation>
    </message>
    <message>
        <source>CSV (a table of columns)</source>
        <translation>CSV (eine Tabelle mit Spalten)</translation>
    </message>
    <message>
        <source>OFX bank statement</source>
        <translation>OFX-Kontoauszug</translation>
    </message>
    <message>
        <source>QFX (Quicken) bank statement</source>
        <translation>QFX-Kontoauszug (Quicken)</translation>
    </message>
    <message>
        <source>QIF (Quicken interchange)</source>
        <translation>QIF (Quicken-Austauschformat)</translation>
    </message>
    <message>
        <source>camt.053/.052/.054 bank statement, report or notice (ISO 20022 XML)</source>
        <translation>camt.053/.052/.054-Kontoauszug, -Bericht oder -Avis (ISO 20022 XML)</translation>
    </message>
    <message>
        <source>MT940 bank statement (SWIFT)</source>
        <translation>MT940-Kontoauszug (SWIFT)</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>Datei wählen</translation>
    </message>
    <message>
        <source>A CSV, OFX, QFX, QIF, camt.053 or MT940 export from your bank, or a spreadsheet (.xlsx, .ods). Nothing is written until you confirm on the last page.</source>
        <translation>Ein CSV-, OFX-, QFX-, QIF-, camt.053- oder MT940-Export Ihrer Bank oder eine Tabelle (.xlsx, .ods). Nichts wird geschrieben, bevor Sie auf der letzten Seite bestätigen.</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>Zu importierende Datei</translation>
    </message>
    <message>
        <source>Path of the bank file</source>
        <translation>Pfad der Bankdatei</translation>
    </message>
    <message>
        <source>Browse for a file</source>
        <translation>Nach einer Datei suchen</translation>
    </message>
    <message>
        <source>File format</source>
        <translation>Dateiformat</translation>
    </message>
    <message>
        <source>Detect from the file</source>
        <translation>Aus der Datei erkennen</translation>
    </message>
    <message>
        <source>Detected format</source>
        <translation>Erkanntes Format</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>F&amp;ormat:</translation>
    </message>
    <message>
        <source>Import a bank file</source>
        <translation>Bankdatei importieren</translation>
    </message>
    <message>
        <source>Bank files (*.csv *.tsv *.txt *.ofx *.qfx *.qif *.xml *.sta *.mt940 *.940 *.xlsx *.ods *.xls);;All files (*)</source>
        <translation>Bankdateien (*.csv *.tsv *.txt *.ofx *.qfx *.qif *.xml *.sta *.mt940 *.940 *.xlsx *.ods *.xls);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>There is no file at {path}.</source>
        <translation>Unter {path} gibt es keine Datei.</translation>
    </message>
    <message>
        <source>{name} cannot be read: {error}.</source>
        <translation>{name} kann nicht gelesen werden: {error}.</translation>
    </message>
    <message>
        <source>{name} is empty.</source>
        <translation>{name} ist leer.</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Detected</source>
        <translation>Erkannt</translation>
    </message>
    <message>
        <source>{how}: {shown} · {size:,} bytes</source>
        <translation>{how}: {shown} · {size:,} Bytes</translation>
    </message>
    <message>
        <source>File import is not available in this version yet.</source>
        <translation>Der Dateiimport ist in dieser Version noch nicht verfügbar.</translation>
    </message>
    <message>
        <source>, provisional</source>
        <translation>, vorläufig</translation>
    </message>
    <message>
        <source>, partial</source>
        <translation>, unvollständig</translation>
    </message>
    <message>
        <source>Balance set</source>
        <translation>Saldo festgelegt</translation>
    </message>
    <message>
        <source>Balance set · agrees</source>
        <translation>Saldo festgelegt · stimmt überein</translation>
    </message>
    <message>
        <source>Split:</source>
        <translation>Aufgeteilt:</translation>
    </message>
    <message>
        <source> +{count} more</source>
        <translation> +{count} weitere</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S edits the lines.</source>
        <translation>Strg+Umschalt+S bearbeitet die Teilbuchungen.</translation>
    </message>
    <message>
        <source>Uncleared (press C when the bank shows it)</source>
        <translation>Nicht bestätigt (C drücken, wenn die Bank es zeigt)</translation>
    </message>
    <message>
        <source>Cleared: the bank shows it (C to untick)</source>
        <translation>Bestätigt: die Bank zeigt es (C zum Aufheben)</translation>
    </message>
    <message>
        <source>Reconciled: checked against a statement; changes ask first</source>
        <translation>Abgeglichen: mit einem Kontoauszug geprüft; Änderungen fragen zuerst</translation>
    </message>
    <message>
        <source>Toggle cleared</source>
        <translation>Bestätigt umschalten</translation>
    </message>
    <message>
        <source>Change a reconciled entry?</source>
        <translation>Eine abgeglichene Buchung ändern?</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Terminierung</translation>
    </message>
    <message>
        <source>reminder</source>
        <translation>Erinnerung</translation>
    </message>
    <message>
        <source>posts by itself</source>
        <translation>bucht selbst</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>überfällig</translation>
    </message>
    <message>
        <source>due today</source>
        <translation>heute fällig</translation>
    </message>
    <message>
        <source>upcoming</source>
        <translation>anstehend</translation>
    </message>
    <message>
        <source>today {time}</source>
        <translation>heute {time}</translation>
    </message>
    <message>
        <source>yesterday {time}</source>
        <translation>gestern {time}</translation>
    </message>
    <message>
        <source>Keyring warning</source>
        <translation>Schlüsselbund-Warnung</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Dismiss the keyring warning</source>
        <translation>Schlüsselbund-Warnung schließen</translation>
    </message>
    <message>
        <source>Back &amp;up now…</source>
        <translation>Jetzt &amp;sichern…</translation>
    </message>
    <message>
        <source>Res&amp;tore from backup…</source>
        <translation>Aus Sicherung &amp;wiederherstellen…</translation>
    </message>
    <message>
        <source>Chec&amp;k book integrity…</source>
        <translation>Buch auf &amp;Fehler prüfen…</translation>
    </message>
    <message>
        <source>Backing up</source>
        <translation>Sicherung läuft</translation>
    </message>
    <message>
        <source>Book file</source>
        <translation>Buchdatei</translation>
    </message>
    <message>
        <source>The file itself is damaged. Restore the latest verified backup (File → Restore from backup…).</source>
        <translation>Die Datei selbst ist beschädigt. Stellen Sie die neueste geprüfte Sicherung wieder her (Datei → Aus Sicherung wiederherstellen…).</translation>
    </message>
    <message>
        <source>Links between records</source>
        <translation>Verweise zwischen Datensätzen</translation>
    </message>
    <message>
        <source>Some records point to records that are missing. Repair cannot recreate them: restore a backup from before the damage.</source>
        <translation>Einige Datensätze verweisen auf fehlende Datensätze. Die Reparatur kann sie nicht neu anlegen: stellen Sie eine Sicherung von vor dem Schaden wieder her.</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>Umbuchungen</translation>
    </message>
    <message>
        <source>The two sides of a transfer disagree. Open the account in the register and edit or delete the transfer, or restore a backup.</source>
        <translation>Die beiden Seiten einer Umbuchung stimmen nicht überein. Öffnen Sie das Konto im Kontobuch und bearbeiten oder löschen Sie die Umbuchung, oder stellen Sie eine Sicherung wieder her.</translation>
    </message>
    <message>
        <source>Background updates</source>
        <translation>Hintergrundaktualisierungen</translation>
    </message>
    <message>
        <source>Bookkeeping of the background updates. Repair resets it and recomputes the balances.</source>
        <translation>Verwaltung der Hintergrundaktualisierungen. Die Reparatur setzt sie zurück und berechnet die Salden neu.</translation>
    </message>
    <message>
        <source>Stored balances</source>
        <translation>Gespeicherte Salden</translation>
    </message>
    <message>
        <source>Balances are worked out from your entries; Repair recomputes them. No entry changes.</source>
        <translation>Salden werden aus Ihren Buchungen berechnet; die Reparatur berechnet sie neu. Keine Buchung ändert sich.</translation>
    </message>
    <message>
        <source>Undo history</source>
        <translation>Rückgängig-Verlauf</translation>
    </message>
    <message>
        <source>The undo history no longer matches the book. Repair clears it; your entries stay as they are.</source>
        <translation>Der Rückgängig-Verlauf passt nicht mehr zum Buch. Die Reparatur leert ihn; Ihre Buchungen bleiben, wie sie sind.</translation>
    </message>
    <message>
        <source>The background worker brings them up to date; Repair does it now.</source>
        <translation>Der Hintergrunddienst bringt sie auf den neuesten Stand; die Reparatur tut es sofort.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Sicherung</translation>
    </message>
    <message>
        <source>Backup written and verified ({size_text}).</source>
        <translation>Sicherung geschrieben und geprüft ({size_text}).</translation>
    </message>
    <message>
        <source>{name}
in {folder}

The copy was reopened, passed SQLite&apos;s integrity check, and holds the same entries and balances as the book.</source>
        <translation>{name}
in {folder}

Die Kopie wurde erneut geöffnet, hat die Integritätsprüfung von SQLite bestanden und enthält dieselben Buchungen und Salden wie das Buch.</translation>
    </message>
    <message>
        <source>Show folder</source>
        <translation>Ordner anzeigen</translation>
    </message>
    <message>
        <source>The backup did not verify, so it was not kept.</source>
        <translation>Die Sicherung hat die Prüfung nicht bestanden und wurde daher nicht behalten.</translation>
    </message>
    <message>
        <source>Your book is unchanged. Check the free space in {folder}, then try again; if it fails again, run File → Check book integrity…</source>
        <translation>Ihr Buch ist unverändert. Prüfen Sie den freien Speicher in {folder} und versuchen Sie es erneut; schlägt es wieder fehl, führen Sie Datei → Buch auf Fehler prüfen… aus.</translation>
    </message>
    <message>
        <source>Backup result</source>
        <translation>Ergebnis der Sicherung</translation>
    </message>
    <message>
        <source>Replace everything in {name} with {name2}?</source>
        <translation>Alles in {name} durch {name2} ersetzen?</translation>
    </message>
    <message>
        <source>First the book as it is now is backed up and verified, as
{name}
in {folder}

If that backup fails, nothing is restored. The restored book shows the entries and balances of the day it was backed up.</source>
        <translation>Zuerst wird das Buch im jetzigen Zustand gesichert und geprüft, als
{name}
in {folder}

Schlägt diese Sicherung fehl, wird nichts wiederhergestellt. Das wiederhergestellte Buch zeigt die Buchungen und Salden vom Tag seiner Sicherung.</translation>
    </message>
    <message>
        <source>Back up, then restore</source>
        <translation>Sichern, dann wiederherstellen</translation>
    </message>
    <message>
        <source>Check result</source>
        <translation>Ergebnis der Prüfung</translation>
    </message>
    <message>
        <source>The check compares every stored balance with a fresh computation from your entries, and checks the file, transfers, background updates and undo history.</source>
        <translation>Die Prüfung vergleicht jeden gespeicherten Saldo mit einer neuen Berechnung aus Ihren Buchungen und prüft die Datei, Umbuchungen, Hintergrundaktualisierungen und den Rückgängig-Verlauf.</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Was zu tun ist</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>Repaired</source>
        <translation>Repariert</translation>
    </message>
    <message>
        <source>Recompute stored balances and reset background bookkeeping from your entries</source>
        <translation>Gespeicherte Salden neu berechnen und die Hintergrundverwaltung aus Ihren Buchungen zurücksetzen</translation>
    </message>
    <message>
        <source>Repaired: </source>
        <translation>Repariert: </translation>
    </message>
    <message>
        <source>The backup could not be written.</source>
        <translation>Die Sicherung konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Aus Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>That file cannot be restored; nothing was changed.</source>
        <translation>Diese Datei kann nicht wiederhergestellt werden; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Restoring</source>
        <translation>Wiederherstellung läuft</translation>
    </message>
    <message>
        <source>The backup was not restored.</source>
        <translation>Die Sicherung wurde nicht wiederhergestellt.</translation>
    </message>
    <message>
        <source>The book as it was before is saved, verified, as
{name}
in {parent}</source>
        <translation>Das Buch im vorherigen Zustand ist geprüft gesichert als
{name}
in {parent}</translation>
    </message>
    <message>
        <source>Checking the book</source>
        <translation>Buch wird geprüft</translation>
    </message>
    <message>
        <source>Comparing every stored balance with a fresh computation…</source>
        <translation>Jeder gespeicherte Saldo wird mit einer neuen Berechnung verglichen…</translation>
    </message>
    <message>
        <source>Book integrity</source>
        <translation>Integrität des Buchs</translation>
    </message>
    <message>
        <source>The check could not run.</source>
        <translation>Die Prüfung konnte nicht laufen.</translation>
    </message>
    <message>
        <source>Repairing</source>
        <translation>Reparatur läuft</translation>
    </message>
    <message>
        <source>Recomputing balances from your entries…</source>
        <translation>Salden werden aus Ihren Buchungen neu berechnet…</translation>
    </message>
    <message>
        <source>Repair</source>
        <translation>Reparieren</translation>
    </message>
    <message>
        <source>Backing up {book} and verifying the copy…</source>
        <translation>{book} wird gesichert und die Kopie geprüft…</translation>
    </message>
    <message>
        <source>Backing up the book, then restoring {name}…</source>
        <translation>Das Buch wird gesichert, dann wird {name} wiederhergestellt…</translation>
    </message>
    <message>
        <source>{book} was restored from {name}.</source>
        <translation>{book} wurde aus {name} wiederhergestellt.</translation>
    </message>
    <message>
        <source>The repair did not finish.</source>
        <translation>Die Reparatur wurde nicht abgeschlossen.</translation>
    </message>
    <message>
        <source>Cancel the planned encryption</source>
        <translation>Geplante Verschlüsselung abbrechen</translation>
    </message>
    <message>
        <source>Cancel the planned decryption</source>
        <translation>Geplante Entschlüsselung abbrechen</translation>
    </message>
    <message>
        <source>&amp;Decrypt book…</source>
        <translation>Buch &amp;entschlüsseln…</translation>
    </message>
    <message>
        <source>Encr&amp;ypt book…</source>
        <translation>Buch &amp;verschlüsseln…</translation>
    </message>
    <message>
        <source>Cancelled: the book stays as it is.</source>
        <translation>Abgebrochen: das Buch bleibt, wie es ist.</translation>
    </message>
    <message>
        <source>Encrypt</source>
        <translation>verschlüsseln</translation>
    </message>
    <message>
        <source>Decrypt</source>
        <translation>entschlüsseln</translation>
    </message>
    <message>
        <source>{verb} book</source>
        <translation>Buch {verb}</translation>
    </message>
    <message>
        <source>Encrypt {name} the next time {app} opens it?</source>
        <translation>{name} verschlüsseln, wenn {app} es das nächste Mal öffnet?</translation>
    </message>
    <message>
        <source>Its key will be kept in this computer&apos;s keyring, so the book opens by itself.</source>
        <translation>Sein Schlüssel wird im Schlüsselbund dieses Computers aufbewahrt, damit sich das Buch von selbst öffnet.</translation>
    </message>
    <message>
        <source>No secure keyring is available: you will type the recovery key each time you open the book.</source>
        <translation>Kein sicherer Schlüsselbund verfügbar: Sie geben den Wiederherstellungsschlüssel bei jedem Öffnen des Buchs ein.</translation>
    </message>
    <message>
        <source>Decrypt {name} the next time {app} opens it?</source>
        <translation>{name} entschlüsseln, wenn {app} es das nächste Mal öffnet?</translation>
    </message>
    <message>
        <source>{verb} at next start</source>
        <translation>Beim nächsten Start {verb}</translation>
    </message>
    <message>
        <source>{book} will be encrypted the next time {app} opens it.</source>
        <translation>{book} wird verschlüsselt, wenn {app} es das nächste Mal öffnet.</translation>
    </message>
    <message>
        <source>{book} will be decrypted the next time {app} opens it.</source>
        <translation>{book} wird entschlüsselt, wenn {app} es das nächste Mal öffnet.</translation>
    </message>
    <message>
        <source>Schedules…</source>
        <translation>Terminierte Buchungen…</translation>
    </message>
    <message numerus="yes">
        <source>Posted %n scheduled transactions (Ctrl+Z undoes them)</source>
        <translation>
            <numerusform>%n terminierte Buchung gebucht (Strg+Z macht sie rückgängig)</numerusform>
            <numerusform>%n terminierte Buchungen gebucht (Strg+Z macht sie rückgängig)</numerusform>
        </translation>
    </message>
    <message>
        <source>Upcoming · scheduled, not in any balance yet</source>
        <translation>Anstehend · geplant, noch in keinem Saldo</translation>
    </message>
    <message>
        <source>Change {name} from {nominal} on</source>
        <translation>{name} ab {nominal} ändern</translation>
    </message>
    <message>
        <source>Earlier occurrences keep the schedule as it is.</source>
        <translation>Frühere Termine behalten die Terminierung, wie sie ist.</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <source>+ Account</source>
        <translation>+ Konto</translation>
    </message>
    <message>
        <source>Add an account</source>
        <translation>Ein Konto hinzufügen</translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation>Archivierte zeigen</translation>
    </message>
    <message>
        <source>Show archived accounts</source>
        <translation>Archivierte Konten zeigen</translation>
    </message>
    <message>
        <source>{app} tray menu</source>
        <translation>{app}-Menü im Systembereich</translation>
    </message>
    <message>
        <source>Open {app}</source>
        <translation>{app} öffnen</translation>
    </message>
    <message>
        <source>Pause worker</source>
        <translation>Hintergrunddienst anhalten</translation>
    </message>
    <message>
        <source>Resume worker</source>
        <translation>Hintergrunddienst fortsetzen</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>unbekannter Fehler</translation>
    </message>
    <message>
        <source>Sync of an account failed: {error}</source>
        <translation>Die Synchronisierung eines Kontos ist fehlgeschlagen: {error}</translation>
    </message>
    <message>
        <source> · last sync {time}</source>
        <translation> · zuletzt synchronisiert {time}</translation>
    </message>
    <message>
        <source>⚠ The server cannot be reached · showing the last figures</source>
        <translation>⚠ Der Server ist nicht erreichbar · die letzten Zahlen werden gezeigt</translation>
    </message>
    <message>
        <source>⚠ Sync failed: {error} · F5 retries</source>
        <translation>⚠ Synchronisierung fehlgeschlagen: {error} · F5 versucht es erneut</translation>
    </message>
    <message>
        <source> · {count} waiting</source>
        <translation> · {count} wartend</translation>
    </message>
    <message>
        <source>❙❙ Worker paused</source>
        <translation>❙❙ Hintergrunddienst angehalten</translation>
    </message>
    <message>
        <source>↻ Syncing {count}</source>
        <translation>↻ Synchronisiere {count}</translation>
    </message>
    <message>
        <source>● Up to date</source>
        <translation>● Aktuell</translation>
    </message>
    <message>
        <source>{app}: sync failed</source>
        <translation>{app}: Synchronisierung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Your edits are saved; use Sync now (F5) to retry.</source>
        <translation>Ihre Änderungen sind gespeichert; mit „Jetzt synchronisieren“ (F5) erneut versuchen.</translation>
    </message>
    <message>
        <source>Worker status</source>
        <translation>Status des Hintergrunddienstes</translation>
    </message>
    <message>
        <source>Budgeted against spent by group</source>
        <translation>Budgetiert gegenüber ausgegeben nach Gruppe</translation>
    </message>
    <message>
        <source>No budget or spending this month</source>
        <translation>Kein Budget und keine Ausgaben in diesem Monat</translation>
    </message>
    <message>
        <source>{spent} of {budgeted}</source>
        <translation>{spent} von {budgeted}</translation>
    </message>
    <message>
        <source>budgeted</source>
        <translation>budgetiert</translation>
    </message>
    <message>
        <source>spent</source>
        <translation>ausgegeben</translation>
    </message>
    <message>
        <source>over</source>
        <translation>überzogen</translation>
    </message>
    <message>
        <source>{amount} left</source>
        <translation>{amount} übrig</translation>
    </message>
    <message>
        <source>{amount} over budget</source>
        <translation>{amount} über Budget</translation>
    </message>
    <message>
        <source>{category}: spent {spent} of {budgeted} ({state})</source>
        <translation>{category}: {spent} von {budgeted} ausgegeben ({state})</translation>
    </message>
    <message>
        <source>
⚠ partial: an exchange rate is missing</source>
        <translation>
⚠ unvollständig: ein Wechselkurs fehlt</translation>
    </message>
    <message>
        <source>
forecast: today&apos;s balances plus the scheduled transactions</source>
        <translation>
Prognose: heutige Salden plus die terminierten Buchungen</translation>
    </message>
    <message>
        <source>Income and expenses by month</source>
        <translation>Einnahmen und Ausgaben nach Monat</translation>
    </message>
    <message>
        <source>Date: {hint}</source>
        <translation>Datum: {hint}</translation>
    </message>
    <message>
        <source>YYYY-MM-DD, t, +1</source>
        <translation>JJJJ-MM-TT, t, +1</translation>
    </message>
    <message>
        <source>Pick a date</source>
        <translation>Datum wählen</translation>
    </message>
    <message>
        <source>Interest category</source>
        <translation>Zinskategorie</translation>
    </message>
    <message>
        <source>Loan terms</source>
        <translation>Kreditbedingungen</translation>
    </message>
    <message>
        <source>extra / month</source>
        <translation>extra / Monat</translation>
    </message>
    <message>
        <source>Extra payment per month</source>
        <translation>Sondertilgung pro Monat</translation>
    </message>
    <message>
        <source>Extra payment effect</source>
        <translation>Wirkung der Sondertilgung</translation>
    </message>
    <message>
        <source>Pay more each month:</source>
        <translation>Jeden Monat mehr zahlen:</translation>
    </message>
    <message>
        <source>Interest category:</source>
        <translation>Zinskategorie:</translation>
    </message>
    <message>
        <source>Loan {principal} at {rate} % · {count} payments of {payment} · paid off {payoff} · interest {interest}</source>
        <translation>Kredit {principal} zu {rate} % · {count} Raten zu {payment} · getilgt am {payoff} · Zinsen {interest}</translation>
    </message>
    <message>
        <source>Needed to schedule payments: their interest lines go to this category.</source>
        <translation>Nötig, um Raten zu planen: ihre Zinszeilen kommen in diese Kategorie.</translation>
    </message>
    <message>
        <source>Payment  date  principal + interest</source>
        <translation>Rate  Datum  Tilgung + Zinsen</translation>
    </message>
    <message>
        <source>extra payment</source>
        <translation>Sondertilgung</translation>
    </message>
    <message>
        <source>paid off {payoff}, {months} payments sooner, {saved} less interest</source>
        <translation>getilgt am {payoff}, {months} Raten früher, {saved} weniger Zinsen</translation>
    </message>
    <message>
        <source>● no change</source>
        <translation>● keine Veränderung</translation>
    </message>
    <message>
        <source>{points} pts</source>
        <translation>{points} Pkt.</translation>
    </message>
    <message>
        <source>Provisional: computed here after your edit; the worker has not confirmed it yet.</source>
        <translation>Vorläufig: nach Ihrer Änderung hier berechnet; der Hintergrunddienst hat es noch nicht bestätigt.</translation>
    </message>
    <message>
        <source>provisional figure</source>
        <translation>vorläufige Zahl</translation>
    </message>
    <message>
        <source>Partial: an exchange rate is missing.</source>
        <translation>Unvollständig: ein Wechselkurs fehlt.</translation>
    </message>
    <message>
        <source>partial figure</source>
        <translation>unvollständige Zahl</translation>
    </message>
    <message>
        <source>Click: {what}</source>
        <translation>Klick: {what}</translation>
    </message>
    <message>
        <source>Post now</source>
        <translation>Jetzt buchen</translation>
    </message>
    <message>
        <source>Post now, dated today</source>
        <translation>Jetzt buchen, mit heutigem Datum</translation>
    </message>
    <message>
        <source>Skip this one</source>
        <translation>Diesen Termin überspringen</translation>
    </message>
    <message>
        <source>Edit this and later…</source>
        <translation>Diesen und spätere bearbeiten…</translation>
    </message>
    <message>
        <source>Edit the schedule…</source>
        <translation>Terminierung bearbeiten…</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Prognose</translation>
    </message>
    <message>
        <source>Dashed: today&apos;s balance plus the scheduled transactions still to come.</source>
        <translation>Gestrichelt: der heutige Saldo plus die noch anstehenden geplanten Buchungen.</translation>
    </message>
    <message>
        <source>Dashed: today&apos;s balance plus the scheduled transactions still to come and the budgets&apos; expected spending.</source>
        <translation>Gestrichelt: der heutige Saldo plus die noch anstehenden geplanten Buchungen und die erwarteten Ausgaben der Budgets.</translation>
    </message>
    <message>
        <source>Budgets: what is left of this month&apos;s budget and each later month&apos;s budget (a month with no budget repeats the last budgeted one), less what schedules already spend in the category, spread evenly over the month&apos;s remaining days.</source>
        <translation>Budgets: der Rest des Budgets dieses Monats und das Budget jedes späteren Monats (ein Monat ohne Budget wiederholt den letzten budgetierten), abzüglich dessen, was geplante Buchungen in der Kategorie schon ausgeben, gleichmäßig auf die restlichen Tage des Monats verteilt.</translation>
    </message>
    <message>
        <source>Budget spending is counted on {account}.</source>
        <translation>Die Budgetausgaben werden auf {account} gerechnet.</translation>
    </message>
    <message>
        <source>No {currency} account has spending in the last {days} days: budget spending is left out.</source>
        <translation>Kein {currency}-Konto hat Ausgaben in den letzten {days} Tagen: die Budgetausgaben bleiben außen vor.</translation>
    </message>
    <message>
        <source>Each category&apos;s budget spending is counted on the {currency} account most of its spending came from in the last {days} days, else on {account}.</source>
        <translation>Die Budgetausgaben jeder Kategorie werden auf das {currency}-Konto gerechnet, von dem in den letzten {days} Tagen die meisten ihrer Ausgaben kamen, sonst auf {account}.</translation>
    </message>
    <message>
        <source>Forecast page</source>
        <translation>Prognoseseite</translation>
    </message>
    <message>
        <source>Forecast account</source>
        <translation>Konto der Prognose</translation>
    </message>
    <message>
        <source>Forecast horizon</source>
        <translation>Zeitraum der Prognose</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n Monat</numerusform>
            <numerusform>%n Monate</numerusform>
        </translation>
    </message>
    <message>
        <source>Include &amp;budgets</source>
        <translation>&amp;Budgets einbeziehen</translation>
    </message>
    <message>
        <source>Also count the budgets&apos; expected spending (how: said under the chart)</source>
        <translation>Auch die erwarteten Ausgaben der Budgets zählen (wie: unter dem Diagramm erklärt)</translation>
    </message>
    <message>
        <source>stay on the weekend</source>
        <translation>am Wochenende bleiben</translation>
    </message>
    <message>
        <source>move to the Friday before</source>
        <translation>auf den Freitag davor verschieben</translation>
    </message>
    <message>
        <source>move to the Monday after</source>
        <translation>auf den Montag danach verschieben</translation>
    </message>
    <message>
        <source>default: the payee</source>
        <translation>Vorgabe: der Empfänger</translation>
    </message>
    <message>
        <source>— not a transfer —</source>
        <translation>— keine Umbuchung —</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— keine —</translation>
    </message>
    <message>
        <source>-80.00 (negative = money out)</source>
        <translation>-80,00 (negativ = Ausgang)</translation>
    </message>
    <message>
        <source>tag1, tag2</source>
        <translation>tag1, tag2</translation>
    </message>
    <message>
        <source>the start date&apos;s day</source>
        <translation>Tag des Startdatums</translation>
    </message>
    <message>
        <source>day of the month</source>
        <translation>Tag des Monats</translation>
    </message>
    <message>
        <source>last day</source>
        <translation>letzter Tag</translation>
    </message>
    <message>
        <source> times</source>
        <translation> Mal</translation>
    </message>
    <message>
        <source>post it by itself when due</source>
        <translation>bei Fälligkeit selbst buchen</translation>
    </message>
    <message>
        <source>remind me (I post it)</source>
        <translation>mich erinnern (ich buche selbst)</translation>
    </message>
    <message>
        <source>Next dates</source>
        <translation>Nächste Termine</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Konto</translation>
    </message>
    <message>
        <source>&amp;Payee</source>
        <translation>&amp;Empfänger</translation>
    </message>
    <message>
        <source>Amou&amp;nt</source>
        <translation>Be&amp;trag</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>&amp;Kategorie</translation>
    </message>
    <message>
        <source>Transfer &amp;to</source>
        <translation>Umbuchung &amp;nach</translation>
    </message>
    <message>
        <source>Ta&amp;gs</source>
        <translation>Ta&amp;gs</translation>
    </message>
    <message>
        <source>&amp;Memo</source>
        <translation>&amp;Memo</translation>
    </message>
    <message>
        <source>&amp;Every</source>
        <translation>&amp;Alle</translation>
    </message>
    <message>
        <source>&amp;On</source>
        <translation>A&amp;m</translation>
    </message>
    <message>
        <source>&amp;Weekends</source>
        <translation>&amp;Wochenenden</translation>
    </message>
    <message>
        <source>&amp;Starts</source>
        <translation>&amp;Beginnt</translation>
    </message>
    <message>
        <source>En&amp;ds</source>
        <translation>En&amp;det</translation>
    </message>
    <message>
        <source>When d&amp;ue</source>
        <translation>Bei &amp;Fälligkeit</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Nächste</translation>
    </message>
    <message>
        <source>no more dates</source>
        <translation>keine weiteren Termine</translation>
    </message>
    <message>
        <source>choose an account (create one first)</source>
        <translation>wählen Sie ein Konto (legen Sie zuerst eines an)</translation>
    </message>
    <message>
        <source>type the amount (negative = money out)</source>
        <translation>geben Sie den Betrag ein (negativ = Ausgang)</translation>
    </message>
    <message>
        <source>&amp;Months ahead</source>
        <translation>&amp;Monate voraus</translation>
    </message>
    <message>
        <source>Balance: actual and forecast (dashed)</source>
        <translation>Saldo: tatsächlich und Prognose (gestrichelt)</translation>
    </message>
    <message>
        <source>No balances to forecast yet</source>
        <translation>Noch keine Salden für eine Prognose</translation>
    </message>
    <message>
        <source>Forecast balance at each month&apos;s end</source>
        <translation>Prognostizierter Saldo am Ende jedes Monats</translation>
    </message>
    <message>
        <source>The forecast could not be computed (see the log).</source>
        <translation>Die Prognose konnte nicht berechnet werden (siehe Protokoll).</translation>
    </message>
    <message>
        <source>Add an account to see its forecast.</source>
        <translation>Legen Sie ein Konto an, um seine Prognose zu sehen.</translation>
    </message>
    <message>
        <source>{day} · today</source>
        <translation>{day} · heute</translation>
    </message>
    <message>
        <source>{account}: {amount} owed on {day} · most owed {worst} on {worst_day}</source>
        <translation>{account}: {amount} geschuldet am {day} · höchste Schuld {worst} am {worst_day}</translation>
    </message>
    <message>
        <source>{account}: {amount} on {day} · lowest {worst} on {worst_day}</source>
        <translation>{account}: {amount} am {day} · Tiefststand {worst} am {worst_day}</translation>
    </message>
    <message>
        <source>New goal</source>
        <translation>Neues Sparziel</translation>
    </message>
    <message>
        <source>a goal needs a name</source>
        <translation>ein Sparziel braucht einen Namen</translation>
    </message>
    <message>
        <source>a goal&apos;s target must be more than zero</source>
        <translation>der Zielbetrag eines Sparziels muss größer als null sein</translation>
    </message>
    <message>
        <source>a goal saves either in a category or in accounts (give one of them)</source>
        <translation>ein Sparziel spart entweder in einer Kategorie oder auf Konten (geben Sie eines davon an)</translation>
    </message>
    <message>
        <source>Add goal</source>
        <translation>Sparziel hinzufügen</translation>
    </message>
    <message>
        <source>no goal with id {goal_id}</source>
        <translation>kein Sparziel mit der Nummer {goal_id}</translation>
    </message>
    <message>
        <source>no goal called {name!r}</source>
        <translation>kein Sparziel namens {name!r}</translation>
    </message>
    <message>
        <source>Edit goal</source>
        <translation>Sparziel bearbeiten</translation>
    </message>
    <message>
        <source>a goal called {name!r} exists already</source>
        <translation>ein Sparziel namens {name!r} gibt es schon</translation>
    </message>
    <message>
        <source>Delete goal</source>
        <translation>Sparziel löschen</translation>
    </message>
    <message>
        <source>Goal name</source>
        <translation>Name des Sparziels</translation>
    </message>
    <message>
        <source>Target amount</source>
        <translation>Zielbetrag</translation>
    </message>
    <message>
        <source>Reach it by</source>
        <translation>Erreichen bis</translation>
    </message>
    <message>
        <source>YYYY-MM-DD (optional)</source>
        <translation>JJJJ-MM-TT (optional)</translation>
    </message>
    <message>
        <source>Saves in</source>
        <translation>Spart in</translation>
    </message>
    <message>
        <source>Target ({base})</source>
        <translation>Ziel ({base})</translation>
    </message>
    <message>
        <source>Account balances: {names}</source>
        <translation>Kontosalden: {names}</translation>
    </message>
    <message>
        <source>The goal could not be added.</source>
        <translation>Das Sparziel konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The goal could not be changed.</source>
        <translation>Das Sparziel konnte nicht geändert werden.</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Before a balance you set</source>
        <translation>Vor einem festgelegten Saldo</translation>
    </message>
    <message>
        <source>Move the balance set to {day} (before the entry) so it counts after it, remove the balance set, or keep it as it is.</source>
        <translation>Den festgelegten Saldo auf {day} (vor die Buchung) verschieben, damit er nach ihr zählt, ihn entfernen oder so lassen, wie er ist.</translation>
    </message>
    <message>
        <source>Move it to {day}</source>
        <translation>Auf {day} verschieben</translation>
    </message>
    <message>
        <source>Remove it</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>all accounts</source>
        <translation>alle Konten</translation>
    </message>
    <message>
        <source>the start</source>
        <translation>dem Anfang</translation>
    </message>
    <message>
        <source>one category</source>
        <translation>eine Kategorie</translation>
    </message>
    <message>
        <source>one tag</source>
        <translation>ein Tag</translation>
    </message>
    <message>
        <source>an amount range</source>
        <translation>ein Betragsbereich</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Encrypt if the server offers it (prefer)</source>
        <translation>Verschlüsseln, wenn der Server es anbietet (prefer)</translation>
    </message>
    <message>
        <source>Always encrypt, do not check the certificate (require)</source>
        <translation>Immer verschlüsseln, Zertifikat nicht prüfen (require)</translation>
    </message>
    <message>
        <source>Encrypt and check the certificate and host name (verify-full)</source>
        <translation>Verschlüsseln und Zertifikat samt Hostnamen prüfen (verify-full)</translation>
    </message>
    <message>
        <source>Encrypt and check the certificate (verify-ca)</source>
        <translation>Verschlüsseln und Zertifikat prüfen (verify-ca)</translation>
    </message>
    <message>
        <source>Never encrypt (disable)</source>
        <translation>Nie verschlüsseln (disable)</translation>
    </message>
    <message>
        <source>Connect to a shared book</source>
        <translation>Mit einem gemeinsamen Buch verbinden</translation>
    </message>
    <message>
        <source>A shared book lives in a PostgreSQL database that everyone in the household connects to with a role of their own.</source>
        <translation>Ein gemeinsames Buch liegt in einer PostgreSQL-Datenbank, mit der sich jede Person im Haushalt mit einer eigenen Rolle verbindet.</translation>
    </message>
    <message>
        <source>Server host</source>
        <translation>Server (Host)</translation>
    </message>
    <message>
        <source>Server port</source>
        <translation>Server-Port</translation>
    </message>
    <message>
        <source>e.g. household</source>
        <translation>z. B. haushalt</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>Your role (user name)</source>
        <translation>Ihre Rolle (Benutzername)</translation>
    </message>
    <message>
        <source>Encryption (TLS)</source>
        <translation>Verschlüsselung (TLS)</translation>
    </message>
    <message>
        <source>the server&apos;s CA certificate (.pem)</source>
        <translation>das CA-Zertifikat des Servers (.pem)</translation>
    </message>
    <message>
        <source>CA certificate file</source>
        <translation>CA-Zertifikatsdatei</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Choose the CA certificate file</source>
        <translation>CA-Zertifikatsdatei wählen</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>&amp;Remember the password in this computer&apos;s keyring</source>
        <translation>Passwort im Schlüsselbund dieses Computers &amp;merken</translation>
    </message>
    <message>
        <source>Remember the password in the keyring</source>
        <translation>Passwort im Schlüsselbund merken</translation>
    </message>
    <message>
        <source>No secure keyring is available: you will be asked for it each time.</source>
        <translation>Kein sicherer Schlüsselbund verfügbar: Sie werden jedes Mal danach gefragt.</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation>&amp;Verschlüsselung:</translation>
    </message>
    <message>
        <source>C&amp;A certificate:</source>
        <translation>C&amp;A-Zertifikat:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Connection status</source>
        <translation>Verbindungsstatus</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>Ver&amp;binden</translation>
    </message>
    <message>
        <source>The server&apos;s CA certificate</source>
        <translation>Das CA-Zertifikat des Servers</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt);;All files (*)</source>
        <translation>Zertifikate (*.pem *.crt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>the server&apos;s host</source>
        <translation>den Server (Host)</translation>
    </message>
    <message>
        <source>the database</source>
        <translation>die Datenbank</translation>
    </message>
    <message>
        <source>your role</source>
        <translation>Ihre Rolle</translation>
    </message>
    <message>
        <source>Enter {what}.</source>
        <translation>Bitte {what} angeben.</translation>
    </message>
    <message>
        <source>Choose the server&apos;s CA certificate, which checking it needs.</source>
        <translation>Wählen Sie das CA-Zertifikat des Servers; die Prüfung braucht es.</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>Connecting to {host}…</source>
        <translation>Verbinde mit {host}…</translation>
    </message>
    <message>
        <source>Connected: {db} holds a Permoney book.</source>
        <translation>Verbunden: {db} enthält ein Permoney-Buch.</translation>
    </message>
    <message>
        <source>Connected: {db} is empty. Connect makes a new book in it (after asking).</source>
        <translation>Verbunden: {db} ist leer. „Verbinden“ legt darin ein neues Buch an (nach Rückfrage).</translation>
    </message>
    <message>
        <source>Connected to the server, which has no database {db}. Connect creates it with a new book (after asking; your role needs the right to create databases).</source>
        <translation>Mit dem Server verbunden, der keine Datenbank {db} hat. „Verbinden“ legt sie mit einem neuen Buch an (nach Rückfrage; Ihre Rolle braucht das Recht, Datenbanken anzulegen).</translation>
    </message>
    <message>
        <source>Connected, but {db} holds tables that are not a Permoney book: choose another database.</source>
        <translation>Verbunden, aber {db} enthält Tabellen, die kein Permoney-Buch sind: Wählen Sie eine andere Datenbank.</translation>
    </message>
    <message>
        <source>Make a new shared book in {db} on {host}?</source>
        <translation>Ein neues gemeinsames Buch in {db} auf {host} anlegen?</translation>
    </message>
    <message>
        <source>New shared book</source>
        <translation>Neues gemeinsames Buch</translation>
    </message>
    <message>
        <source>Making the book</source>
        <translation>Buch wird angelegt</translation>
    </message>
    <message>
        <source>Making a new book in {db}…</source>
        <translation>Neues Buch in {db} wird angelegt…</translation>
    </message>
    <message>
        <source>The keyring did not keep the password: {why}</source>
        <translation>Der Schlüsselbund hat das Passwort nicht gespeichert: {why}</translation>
    </message>
    <message>
        <source>Browse for the file</source>
        <translation>Nach der Datei suchen</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>Choose a file first.</source>
        <translation>Wählen Sie zuerst eine Datei.</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>In Arbeit…</translation>
    </message>
    <message>
        <source>Export entries</source>
        <translation>Buchungen exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>&amp;All entries</source>
        <translation>&amp;Alle Buchungen</translation>
    </message>
    <message>
        <source>Export all entries</source>
        <translation>Alle Buchungen exportieren</translation>
    </message>
    <message>
        <source>What the &amp;register shows ({shown})</source>
        <translation>Was das &amp;Kontobuch zeigt ({shown})</translation>
    </message>
    <message>
        <source>Export what the register shows</source>
        <translation>Exportieren, was das Kontobuch zeigt</translation>
    </message>
    <message>
        <source>Include &amp;balance adjustments (valuations)</source>
        <translation>&amp;Saldoanpassungen einschließen (Bewertungen)</translation>
    </message>
    <message>
        <source>Include balance adjustments</source>
        <translation>Saldoanpassungen einschließen</translation>
    </message>
    <message>
        <source>A UTF-8 CSV that spreadsheets open and Import… reads back.</source>
        <translation>Eine UTF-8-CSV, die Tabellenkalkulationen öffnen und Importieren… wieder einliest.</translation>
    </message>
    <message>
        <source>Export the whole book</source>
        <translation>Das ganze Buch exportieren</translation>
    </message>
    <message>
        <source>Book exports (*.zip);;All files (*)</source>
        <translation>Buchexporte (*.zip);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Accounts, categories, tags, rules, entries, transfers, valuations and rates as CSV files in one zip. Import book… loads it into a new, empty book.</source>
        <translation>Konten, Kategorien, Tags, Regeln, Buchungen, Umbuchungen, Bewertungen und Kurse als CSV-Dateien in einem ZIP. Buch importieren… lädt es in ein neues, leeres Buch.</translation>
    </message>
    <message>
        <source>Import a book</source>
        <translation>Ein Buch importieren</translation>
    </message>
    <message>
        <source>Loads a book exported with Export book… into this book, which must be empty (start a new book first). One step: Edit → Undo takes it back.</source>
        <translation>Lädt ein mit Buch exportieren… exportiertes Buch in dieses Buch, das leer sein muss (legen Sie zuerst ein neues Buch an). Ein Schritt: Bearbeiten → Rückgängig nimmt ihn zurück.</translation>
    </message>
    <message>
        <source>Choose the accounts</source>
        <translation>Konten wählen</translation>
    </message>
    <message>
        <source>Say which of your accounts the file&apos;s entries belong to.</source>
        <translation>Geben Sie an, zu welchem Ihrer Konten die Buchungen der Datei gehören.</translation>
    </message>
    <message>
        <source>&amp;New account…</source>
        <translation>&amp;Neues Konto…</translation>
    </message>
    <message>
        <source>Create a new account</source>
        <translation>Ein neues Konto anlegen</translation>
    </message>
    <message>
        <source>Entries in the file</source>
        <translation>Buchungen in der Datei</translation>
    </message>
    <message>
        <source>File summary</source>
        <translation>Zusammenfassung der Datei</translation>
    </message>
    <message>
        <source>Statement currency problem</source>
        <translation>Problem mit der Währung des Auszugs</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Datei wird gelesen…</translation>
    </message>
    <message>
        <source>Choose an account…</source>
        <translation>Konto wählen…</translation>
    </message>
    <message>
        <source>{shown} goes to:</source>
        <translation>{shown} geht an:</translation>
    </message>
    <message>
        <source>Account for the entries</source>
        <translation>Konto für die Buchungen</translation>
    </message>
    <message>
        <source>&amp;Entries go to:</source>
        <translation>&amp;Buchungen gehen an:</translation>
    </message>
    <message>
        <source>Other entries go to:</source>
        <translation>Andere Buchungen gehen an:</translation>
    </message>
    <message>
        <source>This book has no accounts yet. Create the account the file belongs to (New account…), then choose it here.</source>
        <translation>Dieses Buch hat noch keine Konten. Legen Sie das Konto an, zu dem die Datei gehört (Neues Konto…), und wählen Sie es dann hier.</translation>
    </message>
    <message>
        <source>About </source>
        <translation>Etwa </translation>
    </message>
    <message numerus="yes">
        <source>{count:,} entries in the file, first rows below.</source>
        <translation>
            <numerusform>{count:,} Buchung in der Datei, erste Zeilen unten.</numerusform>
            <numerusform>{count:,} Buchungen in der Datei, erste Zeilen unten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every row is checked on the next page.</source>
        <translation>Jede Zeile wird auf der nächsten Seite geprüft.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries in the file</source>
        <translation>
            <numerusform>%Ln Buchung in der Datei</numerusform>
            <numerusform>%Ln Buchungen in der Datei</numerusform>
        </translation>
    </message>
    <message>
        <source>, first rows below.</source>
        <translation>, erste Zeilen unten.</translation>
    </message>
    <message>
        <source>Direction question</source>
        <translation>Frage zur Richtung</translation>
    </message>
    <message>
        <source>The signs in the preview are &amp;right</source>
        <translation>Die Vorzeichen in der Vorschau &amp;stimmen</translation>
    </message>
    <message>
        <source>The signs in the preview are right</source>
        <translation>Die Vorzeichen in der Vorschau stimmen</translation>
    </message>
    <message>
        <source>{value} = money out</source>
        <translation>{value} = Ausgang</translation>
    </message>
    <message>
        <source>{value} = money in</source>
        <translation>{value} = Eingang</translation>
    </message>
    <message>
        <source>The amounts in this file have no sign, and the column “{column}” looks like it says whether money goes out or comes in{seen}. It is chosen as the Direction column above; check the signs in the preview (or choose another column, or “not in the file”), then confirm.</source>
        <translation>Die Beträge in dieser Datei haben kein Vorzeichen, und die Spalte „{column}“ scheint anzugeben, ob Geld hinausgeht oder hereinkommt{seen}. Sie ist oben als Richtungsspalte gewählt; prüfen Sie die Vorzeichen in der Vorschau (oder wählen Sie eine andere Spalte oder „nicht in der Datei“) und bestätigen Sie dann.</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importiert</translation>
    </message>
    <message>
        <source>The entries are in the book; balances and reports update by themselves.</source>
        <translation>Die Buchungen sind im Buch; Salden und Berichte aktualisieren sich selbst.</translation>
    </message>
    <message>
        <source>Import result</source>
        <translation>Ergebnis des Imports</translation>
    </message>
    <message>
        <source>Review possible transfers</source>
        <translation>Mögliche Umbuchungen prüfen</translation>
    </message>
    <message>
        <source>Edit → Undo takes the whole import back.</source>
        <translation>Bearbeiten → Rückgängig nimmt den ganzen Import zurück.</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Review %Ln possible transfers…</source>
        <translation>
            <numerusform>%Ln mögliche Umbuchung &amp;prüfen…</numerusform>
            <numerusform>%Ln mögliche Umbuchungen &amp;prüfen…</numerusform>
        </translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Erkennen</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>UTF-8 with BOM</source>
        <translation>UTF-8 mit BOM</translation>
    </message>
    <message>
        <source>UTF-16</source>
        <translation>UTF-16</translation>
    </message>
    <message>
        <source>Windows-1252 (Western)</source>
        <translation>Windows-1252 (westeuropäisch)</translation>
    </message>
    <message>
        <source>Latin-1</source>
        <translation>Latin-1</translation>
    </message>
    <message>
        <source>Comma</source>
        <translation>Komma</translation>
    </message>
    <message>
        <source>Semicolon</source>
        <translation>Semikolon</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>Pipe</source>
        <translation>Senkrechter Strich</translation>
    </message>
    <message>
        <source>Point (1,234.56)</source>
        <translation>Punkt (1,234.56)</translation>
    </message>
    <message>
        <source>Comma (1.234,56)</source>
        <translation>Komma (1.234,56)</translation>
    </message>
    <message>
        <source>Date format</source>
        <translation>Datumsformat</translation>
    </message>
    <message>
        <source>Text encoding</source>
        <translation>Zeichenkodierung</translation>
    </message>
    <message>
        <source>Column separator</source>
        <translation>Spaltentrenner</translation>
    </message>
    <message>
        <source>Decimal separator</source>
        <translation>Dezimaltrennzeichen</translation>
    </message>
    <message>
        <source>Money &amp;in is negative</source>
        <translation>&amp;Eingänge sind negativ</translation>
    </message>
    <message>
        <source>Tick when the file shows deposits as negative and spending as positive (some card exports do).</source>
        <translation>Ankreuzen, wenn die Datei Einzahlungen negativ und Ausgaben positiv zeigt (manche Kartenexporte tun das).</translation>
    </message>
    <message>
        <source>Direction values for money out</source>
        <translation>Richtungswerte für Ausgänge</translation>
    </message>
    <message>
        <source>Af, D, Debit, S…</source>
        <translation>Af, D, Debit, S…</translation>
    </message>
    <message>
        <source>Direction values for money in</source>
        <translation>Richtungswerte für Eingänge</translation>
    </message>
    <message>
        <source>Bij, C, Credit, H…</source>
        <translation>Bij, C, Credit, H…</translation>
    </message>
    <message>
        <source>Header line</source>
        <translation>Kopfzeile</translation>
    </message>
    <message>
        <source>&amp;No header row</source>
        <translation>&amp;Keine Kopfzeile</translation>
    </message>
    <message>
        <source>The file starts with data: columns are named by number.</source>
        <translation>Die Datei beginnt mit Daten: Spalten werden nach Nummer benannt.</translation>
    </message>
    <message>
        <source>Only rows where column</source>
        <translation>Nur Zeilen, bei denen die Spalte</translation>
    </message>
    <message>
        <source>Only rows with this value</source>
        <translation>Nur Zeilen mit diesem Wert</translation>
    </message>
    <message>
        <source>e.g. COMPLETED</source>
        <translation>z. B. COMPLETED</translation>
    </message>
    <message>
        <source>&amp;Dates:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Kodierung:</translation>
    </message>
    <message>
        <source>Se&amp;parator:</source>
        <translation>&amp;Trenner:</translation>
    </message>
    <message>
        <source>Decimal s&amp;eparator:</source>
        <translation>Dezimal&amp;zeichen:</translation>
    </message>
    <message>
        <source>Header on &amp;line:</source>
        <translation>Kopfzeile in &amp;Zeile:</translation>
    </message>
    <message>
        <source>Only rows where:</source>
        <translation>Nur Zeilen, bei denen:</translation>
    </message>
    <message>
        <source>Money &amp;out when:</source>
        <translation>&amp;Ausgang, wenn:</translation>
    </message>
    <message>
        <source>Money i&amp;n when:</source>
        <translation>Ei&amp;ngang, wenn:</translation>
    </message>
    <message>
        <source>is:</source>
        <translation>ist:</translation>
    </message>
    <message>
        <source>Detected date format</source>
        <translation>Erkanntes Datumsformat</translation>
    </message>
    <message>
        <source>(every row)</source>
        <translation>(jede Zeile)</translation>
    </message>
    <message>
        <source>Closing balance differs</source>
        <translation>Schlusssaldo weicht ab</translation>
    </message>
    <message>
        <source>Closing balance</source>
        <translation>Schlusssaldo</translation>
    </message>
    <message>
        <source>A difference usually means an entry is missing, doubled or wrong in the book (the import itself is complete); the register of that account shows the balance day by day.</source>
        <translation>Eine Abweichung bedeutet meist, dass eine Buchung im Buch fehlt, doppelt oder falsch ist (der Import selbst ist vollständig); das Kontobuch dieses Kontos zeigt den Saldo Tag für Tag.</translation>
    </message>
    <message>
        <source>Corrections not applied</source>
        <translation>Korrekturen nicht angewendet</translation>
    </message>
    <message>
        <source>Corrections</source>
        <translation>Korrekturen</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Import läuft…</translation>
    </message>
    <message>
        <source>&amp;Cancel import</source>
        <translation>Import &amp;abbrechen</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Importfortschritt</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was written.</source>
        <translation>Import abgebrochen; nichts wurde geschrieben.</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Import abgeschlossen</translation>
    </message>
    <message>
        <source>Exchange rates</source>
        <translation>Wechselkurse</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Kurs</translation>
    </message>
    <message>
        <source>Known exchange rates</source>
        <translation>Bekannte Wechselkurse</translation>
    </message>
    <message>
        <source>From currency</source>
        <translation>Von Währung</translation>
    </message>
    <message>
        <source>To currency</source>
        <translation>Nach Währung</translation>
    </message>
    <message>
        <source>1.0850 (units of To per one From)</source>
        <translation>1,0850 (Einheiten von „Nach“ je eine von „Von“)</translation>
    </message>
    <message>
        <source>Add rate</source>
        <translation>Kurs hinzufügen</translation>
    </message>
    <message>
        <source>Added {base}→{quote} {rate} on {day}.</source>
        <translation>{base}→{quote} {rate} am {day} hinzugefügt.</translation>
    </message>
    <message>
        <source>not cleared</source>
        <translation>nicht bestätigt</translation>
    </message>
    <message>
        <source>Reconcile {account_name}</source>
        <translation>{account_name} abgleichen</translation>
    </message>
    <message>
        <source>Statement date</source>
        <translation>Auszugsdatum</translation>
    </message>
    <message>
        <source> (owed)</source>
        <translation> (geschuldet)</translation>
    </message>
    <message>
        <source>Closing balance{owed}</source>
        <translation>Schlusssaldo{owed}</translation>
    </message>
    <message>
        <source>From a statement file…</source>
        <translation>Aus einer Auszugsdatei…</translation>
    </message>
    <message>
        <source>Take the date and closing balance from an OFX, camt.053 or MT940 file</source>
        <translation>Datum und Schlusssaldo aus einer OFX-, camt.053- oder MT940-Datei übernehmen</translation>
    </message>
    <message>
        <source>Type the closing balance printed on the statement</source>
        <translation>Geben Sie den auf dem Auszug gedruckten Schlusssaldo ein</translation>
    </message>
    <message>
        <source>: for a card or loan, the amount owed as a positive number.</source>
        <translation>: bei einer Karte oder einem Kredit der geschuldete Betrag als positive Zahl.</translation>
    </message>
    <message>
        <source>Start reconciling</source>
        <translation>Abgleich beginnen</translation>
    </message>
    <message>
        <source>Undo last reconciliation</source>
        <translation>Letzten Abgleich rückgängig machen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Earlier statements</source>
        <translation>Frühere Auszüge</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Differenz</translation>
    </message>
    <message>
        <source>Entries to tick</source>
        <translation>Abzuhakende Buchungen</translation>
    </message>
    <message>
        <source>Space ticks the selected entries; tick each one the statement shows.</source>
        <translation>Leertaste hakt die ausgewählten Buchungen ab; haken Sie jede ab, die der Auszug zeigt.</translation>
    </message>
    <message>
        <source>Finish with an adjustment entry named</source>
        <translation>Mit einer Ausgleichsbuchung abschließen, Name</translation>
    </message>
    <message>
        <source>Adjustment entry name</source>
        <translation>Name der Ausgleichsbuchung</translation>
    </message>
    <message>
        <source>no reconciliation in progress; start one with: permoney reconcile start --account A --date D --balance X</source>
        <translation>kein Abgleich im Gange; beginnen Sie einen mit: permoney reconcile start --account A --date D --balance X</translation>
    </message>
    <message>
        <source>no reconciliation of {name} in progress</source>
        <translation>kein Abgleich von {name} im Gange</translation>
    </message>
    <message>
        <source>several reconciliations are in progress; name one with --account</source>
        <translation>mehrere Abgleiche sind im Gange; nennen Sie einen mit --account</translation>
    </message>
    <message>
        <source>Start reconciliation</source>
        <translation>Abgleich beginnen</translation>
    </message>
    <message>
        <source>a reconciliation of {name} is already in progress; finish it, or cancel it with: permoney reconcile cancel --account {name!r}</source>
        <translation>ein Abgleich von {name} ist schon im Gange; schließen Sie ihn ab oder brechen Sie ihn ab mit: permoney reconcile cancel --account {name!r}</translation>
    </message>
    <message>
        <source>{name} is reconciled to {last}; a new statement date must be later (or undo the last one with: permoney reconcile undo)</source>
        <translation>{name} ist bis {last} abgeglichen; ein neues Auszugsdatum muss später liegen (oder nehmen Sie den letzten zurück mit: permoney reconcile undo)</translation>
    </message>
    <message>
        <source>Cancel reconciliation</source>
        <translation>Abgleich abbrechen</translation>
    </message>
    <message>
        <source>entries become reconciled by finishing a reconciliation</source>
        <translation>Buchungen werden abgeglichen, indem ein Abgleich abgeschlossen wird</translation>
    </message>
    <message>
        <source>no entries given</source>
        <translation>keine Buchungen angegeben</translation>
    </message>
    <message>
        <source>Clear entry</source>
        <translation>Buchung als bestätigt markieren</translation>
    </message>
    <message>
        <source>Unclear entry</source>
        <translation>Bestätigung der Buchung aufheben</translation>
    </message>
    <message>
        <source>Clear {count} entries</source>
        <translation>{count} Buchungen als bestätigt markieren</translation>
    </message>
    <message>
        <source>Unclear {count} entries</source>
        <translation>Bestätigung von {count} Buchungen aufheben</translation>
    </message>
    <message>
        <source>entry {i} is a balance anchor; it has no cleared status</source>
        <translation>Buchung {i} ist ein Saldoanker; sie hat keinen Bestätigt-Status</translation>
    </message>
    <message>
        <source>entry {locked} is reconciled; changing its status needs --force</source>
        <translation>Buchung {locked} ist abgeglichen; ihren Status zu ändern braucht --force</translation>
    </message>
    <message>
        <source>Finish reconciliation</source>
        <translation>Abgleich abschließen</translation>
    </message>
    <message>
        <source>the difference is {diff}: tick the entries on the statement, or finish with --adjust to add an adjustment entry ({payee!r}) of {state}</source>
        <translation>die Differenz ist {diff}: haken Sie die Buchungen des Auszugs an oder schließen Sie mit --adjust ab, um eine Ausgleichsbuchung ({payee!r}) über {state} anzulegen</translation>
    </message>
    <message>
        <source>an adjustment entry needs a name</source>
        <translation>eine Ausgleichsbuchung braucht einen Namen</translation>
    </message>
    <message>
        <source>the balance set on {statement_date} decides that day&apos;s balance, so an adjustment entry would change nothing: change or remove that balance instead</source>
        <translation>der am {statement_date} gesetzte Saldo bestimmt den Saldo dieses Tages, eine Ausgleichsbuchung würde also nichts ändern: ändern oder entfernen Sie stattdessen diesen Saldo</translation>
    </message>
    <message>
        <source>Undo reconciliation</source>
        <translation>Abgleich zurücknehmen</translation>
    </message>
    <message>
        <source>{where} has no finished reconciliation to undo</source>
        <translation>{where} hat keinen abgeschlossenen Abgleich zum Zurücknehmen</translation>
    </message>
    <message>
        <source>a reconciliation of {name} is in progress; cancel it first</source>
        <translation>ein Abgleich von {name} ist im Gange; brechen Sie ihn zuerst ab</translation>
    </message>
    <message>
        <source>{name} states no closing balance; type it with --balance</source>
        <translation>{name} nennt keinen Schlusssaldo; geben Sie ihn mit --balance an</translation>
    </message>
    <message>
        <source>{name} states {count} closing balances; type the date and balance</source>
        <translation>{name} nennt {count} Schlusssalden; geben Sie Datum und Saldo ein</translation>
    </message>
    <message>
        <source>{name} states its balance in {cur}, {name2} is in {currency}</source>
        <translation>{name} nennt seinen Saldo in {cur}, {name2} ist in {currency}</translation>
    </message>
    <message>
        <source>Drop this statement; ticked entries stay cleared</source>
        <translation>Diesen Auszug verwerfen; abgehakte Buchungen bleiben bestätigt</translation>
    </message>
    <message>
        <source>Close (finish later)</source>
        <translation>Schließen (später abschließen)</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Abschließen</translation>
    </message>
    <message>
        <source>No statement reconciled yet.</source>
        <translation>Noch kein Auszug abgeglichen.</translation>
    </message>
    <message>
        <source>Statement file</source>
        <translation>Auszugsdatei</translation>
    </message>
    <message>
        <source>Bank statements (*.ofx *.qfx *.xml *.sta *.mt940);;All (*)</source>
        <translation>Kontoauszüge (*.ofx *.qfx *.xml *.sta *.mt940);;Alle (*)</translation>
    </message>
    <message>
        <source>The difference must be zero, or choose an adjustment entry of {amount}</source>
        <translation>Die Differenz muss null sein, oder wählen Sie eine Ausgleichsbuchung über {amount}</translation>
    </message>
    <message>
        <source>Reconcile the ticked entries</source>
        <translation>Die abgehakten Buchungen abgleichen</translation>
    </message>
    <message>
        <source>Type the closing balance printed on the statement.</source>
        <translation>Geben Sie den auf dem Auszug gedruckten Schlusssaldo ein.</translation>
    </message>
    <message>
        <source>The last reconciliation was undone: its entries are cleared.</source>
        <translation>Der letzte Abgleich wurde rückgängig gemacht: seine Buchungen sind bestätigt.</translation>
    </message>
    <message>
        <source>Recovery key of {book_name}</source>
        <translation>Wiederherstellungsschlüssel von {book_name}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{book_name}&lt;/b&gt; is encrypted. This is its recovery key:</source>
        <translation>&lt;b&gt;{book_name}&lt;/b&gt; ist verschlüsselt. Dies ist sein Wiederherstellungsschlüssel:</translation>
    </message>
    <message>
        <source>Copy the recovery key</source>
        <translation>Wiederherstellungsschlüssel kopieren</translation>
    </message>
    <message>
        <source>Write it down or keep it in a password manager now: it is shown only this once. If this computer&apos;s keyring is lost or the book is moved to another computer, the recovery key is the only way to open the book.</source>
        <translation>Schreiben Sie ihn jetzt auf oder legen Sie ihn in einem Passwortmanager ab: er wird nur dieses eine Mal angezeigt. Geht der Schlüsselbund dieses Computers verloren oder wird das Buch auf einen anderen Computer verschoben, ist der Wiederherstellungsschlüssel der einzige Weg, das Buch zu öffnen.</translation>
    </message>
    <message>
        <source>The key is also kept in this computer&apos;s keyring, so the book opens by itself.</source>
        <translation>Der Schlüssel wird außerdem im Schlüsselbund dieses Computers aufbewahrt, damit sich das Buch von selbst öffnet.</translation>
    </message>
    <message>
        <source>no secure keyring is available</source>
        <translation>kein sicherer Schlüsselbund ist verfügbar</translation>
    </message>
    <message>
        <source>I have written down the recovery key</source>
        <translation>Ich habe den Wiederherstellungsschlüssel aufgeschrieben</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Copied. Paste it into your password manager, then clear it.</source>
        <translation>Kopiert. Fügen Sie ihn in Ihren Passwortmanager ein und leeren Sie dann die Zwischenablage.</translation>
    </message>
    <message>
        <source>Tick the box once the key is written down: it will not be shown again.</source>
        <translation>Kreuzen Sie das Feld an, sobald der Schlüssel aufgeschrieben ist: er wird nicht noch einmal angezeigt.</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>History of changes</source>
        <translation>Verlauf der Änderungen</translation>
    </message>
    <message>
        <source>Show the changes of</source>
        <translation>Änderungen zeigen von</translation>
    </message>
    <message>
        <source>Show one person&apos;s changes (Alt+P)</source>
        <translation>Die Änderungen einer Person zeigen (Alt+P)</translation>
    </message>
    <message>
        <source>Person:</source>
        <translation>Person:</translation>
    </message>
    <message>
        <source>Choose a person</source>
        <translation>Person wählen</translation>
    </message>
    <message>
        <source>Changes, newest first</source>
        <translation>Änderungen, neueste zuerst</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wenn</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>The history cannot be read while the server cannot be reached.</source>
        <translation>Der Verlauf kann nicht gelesen werden, solange der Server nicht erreichbar ist.</translation>
    </message>
    <message>
        <source>No changes yet.</source>
        <translation>Noch keine Änderungen.</translation>
    </message>
    <message>
        <source>The newest {count} changes, everyone&apos;s; you may undo your own.</source>
        <translation>Die neuesten {count} Änderungen aller Personen; Ihre eigenen können Sie rückgängig machen.</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>{name} (you)</source>
        <translation>{name} (Sie)</translation>
    </message>
    <message>
        <source>(before authors were kept)</source>
        <translation>(bevor Autoren gespeichert wurden)</translation>
    </message>
    <message>
        <source>undone</source>
        <translation>rückgängig gemacht</translation>
    </message>
    <message>
        <source>done</source>
        <translation>ausgeführt</translation>
    </message>
    <message>
        <source>Then</source>
        <translation>Dann</translation>
    </message>
    <message>
        <source>Condition {number} field</source>
        <translation>Bedingung {number}: Feld</translation>
    </message>
    <message>
        <source>Condition {number} test</source>
        <translation>Bedingung {number}: Test</translation>
    </message>
    <message>
        <source>Condition {number} value</source>
        <translation>Bedingung {number}: Wert</translation>
    </message>
    <message>
        <source>Condition {number} upper amount</source>
        <translation>Bedingung {number}: oberer Betrag</translation>
    </message>
    <message>
        <source>and</source>
        <translation>und</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove condition {number}</source>
        <translation>Bedingung {number} entfernen</translation>
    </message>
    <message>
        <source>text (any case)</source>
        <translation>Text (Groß-/Kleinschreibung egal)</translation>
    </message>
    <message>
        <source>New rule</source>
        <translation>Neue Regel</translation>
    </message>
    <message>
        <source>Rule name</source>
        <translation>Name der Regel</translation>
    </message>
    <message>
        <source>e.g. Coffee shops</source>
        <translation>z. B. Cafés</translation>
    </message>
    <message>
        <source>Add &amp;condition</source>
        <translation>&amp;Bedingung hinzufügen</translation>
    </message>
    <message>
        <source>Add a condition</source>
        <translation>Eine Bedingung hinzufügen</translation>
    </message>
    <message>
        <source>When all of these hold (text tests ignore case)</source>
        <translation>Wenn all dies zutrifft (Texttests ignorieren Groß-/Kleinschreibung)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Set category</source>
        <translation>Kategorie setzen</translation>
    </message>
    <message>
        <source>(leave as is)</source>
        <translation>(unverändert lassen)</translation>
    </message>
    <message>
        <source>Set merchant</source>
        <translation>Händler setzen</translation>
    </message>
    <message>
        <source>Add tags</source>
        <translation>Tags hinzufügen</translation>
    </message>
    <message>
        <source>comma separated</source>
        <translation>durch Komma getrennt</translation>
    </message>
    <message>
        <source>Rename payee to</source>
        <translation>Empfänger umbenennen in</translation>
    </message>
    <message>
        <source>Then set</source>
        <translation>Dann setzen</translation>
    </message>
    <message>
        <source>Ca&amp;tegory:</source>
        <translation>Ka&amp;tegorie:</translation>
    </message>
    <message>
        <source>&amp;Merchant:</source>
        <translation>&amp;Händler:</translation>
    </message>
    <message>
        <source>T&amp;ags:</source>
        <translation>T&amp;ags:</translation>
    </message>
    <message>
        <source>Rename &amp;payee to:</source>
        <translation>&amp;Empfänger umbenennen in:</translation>
    </message>
    <message>
        <source>A rule needs at least one condition.</source>
        <translation>Eine Regel braucht mindestens eine Bedingung.</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Regeln</translation>
    </message>
    <message>
        <source>Rules fill in the category, merchant, tags or payee of imported entries. They run in this order; for each field the first matching rule wins. A field you set by hand is never changed.</source>
        <translation>Regeln füllen Kategorie, Händler, Tags oder Empfänger importierter Buchungen aus. Sie laufen in dieser Reihenfolge; für jedes Feld gewinnt die erste passende Regel. Ein von Hand gesetztes Feld wird nie geändert.</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>Add a rule</source>
        <translation>Eine Regel hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Enable/disable</source>
        <translation>&amp;Aktivieren/deaktivieren</translation>
    </message>
    <message>
        <source>Enable or disable the selected rule</source>
        <translation>Die ausgewählte Regel aktivieren oder deaktivieren</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Delete the selected rule</source>
        <translation>Die ausgewählte Regel löschen</translation>
    </message>
    <message>
        <source>A&amp;pply to existing entries</source>
        <translation>Auf &amp;vorhandene Buchungen anwenden</translation>
    </message>
    <message>
        <source>Apply the rules to existing entries</source>
        <translation>Die Regeln auf vorhandene Buchungen anwenden</translation>
    </message>
    <message>
        <source>No rules yet: Add… makes the first one.</source>
        <translation>Noch keine Regeln: Hinzufügen… legt die erste an.</translation>
    </message>
    <message>
        <source>Rule added. Apply it to existing entries to use it now.</source>
        <translation>Regel hinzugefügt. Wenden Sie sie auf vorhandene Buchungen an, um sie jetzt zu nutzen.</translation>
    </message>
    <message>
        <source>Select a rule first.</source>
        <translation>Wählen Sie zuerst eine Regel.</translation>
    </message>
    <message>
        <source>The rules changed {changed:,} of {examined:,} entries (one step: Edit → Undo takes it back).</source>
        <translation>Die Regeln haben {changed:,} von {examined:,} Buchungen geändert (ein Schritt: Bearbeiten → Rückgängig nimmt ihn zurück).</translation>
    </message>
    <message>
        <source>Nothing to change: the rules already agree with all {examined:,} entries.</source>
        <translation>Nichts zu ändern: die Regeln stimmen bereits mit allen {examined:,} Buchungen überein.</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Every</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Seen</source>
        <translation>Gesehen</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>Zuletzt</translation>
    </message>
    <message>
        <source>Schedules</source>
        <translation>Terminierte Buchungen</translation>
    </message>
    <message>
        <source>&amp;Schedules</source>
        <translation>&amp;Terminierte Buchungen</translation>
    </message>
    <message>
        <source>&amp;Upcoming</source>
        <translation>&amp;Anstehend</translation>
    </message>
    <message>
        <source>&amp;Detected</source>
        <translation>&amp;Erkannt</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>New schedule (Ctrl+N)</source>
        <translation>Neue Terminierung (Strg+N)</translation>
    </message>
    <message>
        <source>Save the schedule (Ctrl+S)</source>
        <translation>Terminierung speichern (Strg+S)</translation>
    </message>
    <message>
        <source>no schedule with id {schedule_id}</source>
        <translation>keine Terminierung mit der Nummer {schedule_id}</translation>
    </message>
    <message>
        <source>a schedule needs a name or a payee</source>
        <translation>eine Terminierung braucht einen Namen oder einen Empfänger</translation>
    </message>
    <message>
        <source>a schedule name is at most {limit} characters</source>
        <translation>ein Terminierungsname hat höchstens {limit} Zeichen</translation>
    </message>
    <message>
        <source>a scheduled transfer between {currency} and {currency2} accounts is not supported (the amount received would change with the rate)</source>
        <translation>eine terminierte Umbuchung zwischen Konten in {currency} und {currency2} wird nicht unterstützt (der erhaltene Betrag würde sich mit dem Kurs ändern)</translation>
    </message>
    <message>
        <source>Add schedule {name}</source>
        <translation>Terminierung {name} hinzufügen</translation>
    </message>
    <message>
        <source>Edit schedule</source>
        <translation>Terminierung bearbeiten</translation>
    </message>
    <message>
        <source>Delete schedule</source>
        <translation>Terminierung löschen</translation>
    </message>
    <message>
        <source>Delete schedule {name}</source>
        <translation>Terminierung {name} löschen</translation>
    </message>
    <message>
        <source>Edit schedule from one occurrence on</source>
        <translation>Terminierung ab einem Termin bearbeiten</translation>
    </message>
    <message>
        <source>{name} has no occurrence on {occurrence}</source>
        <translation>{name} hat am {occurrence} keinen Termin</translation>
    </message>
    <message>
        <source>that is the first occurrence: edit the whole schedule instead</source>
        <translation>das ist der erste Termin: bearbeiten Sie stattdessen die ganze Terminierung</translation>
    </message>
    <message>
        <source>Detected recurring payments</source>
        <translation>Erkannte wiederkehrende Zahlungen</translation>
    </message>
    <message>
        <source>&amp;Accept as a schedule</source>
        <translation>Als Terminierung &amp;übernehmen</translation>
    </message>
    <message>
        <source>&amp;Reject (never propose again)</source>
        <translation>&amp;Ablehnen (nie wieder vorschlagen)</translation>
    </message>
    <message>
        <source>Payments that came at a regular interval with a steady amount. Accepting one makes a schedule that starts after the latest payment; rejecting one is remembered.</source>
        <translation>Zahlungen, die in regelmäßigem Abstand mit gleichbleibendem Betrag kamen. Eine übernehmen legt eine Terminierung an, die nach der letzten Zahlung beginnt; eine Ablehnung wird gemerkt.</translation>
    </message>
    <message>
        <source>Nothing recurring found that is not scheduled or rejected already.</source>
        <translation>Nichts Wiederkehrendes gefunden, das nicht schon terminiert oder abgelehnt ist.</translation>
    </message>
    <message>
        <source>Occurrences in the past</source>
        <translation>Termine in der Vergangenheit</translation>
    </message>
    <message>
        <source>occurrence is</source>
        <translation>Termin ist</translation>
    </message>
    <message>
        <source>occurrences are</source>
        <translation>Termine sind</translation>
    </message>
    <message>
        <source>{count} {noun} due between {start} and today.</source>
        <translation>{count} {noun} zwischen {start} und heute fällig.</translation>
    </message>
    <message>
        <source>Post them now as entries, or count the schedule from today (choose this when those payments are already in the register)?</source>
        <translation>Jetzt als Buchungen buchen, oder die Terminierung ab heute zählen (wählen Sie dies, wenn diese Zahlungen schon im Kontobuch stehen)?</translation>
    </message>
    <message>
        <source>Post them</source>
        <translation>Buchen</translation>
    </message>
    <message>
        <source>From today</source>
        <translation>Ab heute</translation>
    </message>
    <message>
        <source>New transfer</source>
        <translation>Neue Umbuchung</translation>
    </message>
    <message>
        <source>From account</source>
        <translation>Von Konto</translation>
    </message>
    <message>
        <source>To account</source>
        <translation>Auf Konto</translation>
    </message>
    <message>
        <source>only across currencies</source>
        <translation>nur zwischen Währungen</translation>
    </message>
    <message>
        <source>Amount received</source>
        <translation>Erhaltener Betrag</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Type the amount to move.</source>
        <translation>Geben Sie den zu verschiebenden Betrag ein.</translation>
    </message>
    <message>
        <source>The transfer could not be saved.</source>
        <translation>Die Umbuchung konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Verknüpfen</translation>
    </message>
    <message>
        <source>Review transfer matches</source>
        <translation>Umbuchungspaare prüfen</translation>
    </message>
    <message>
        <source>Each row is money leaving one account and the same amount arriving in another within four days. Check the ones that are really transfers between your accounts: they stop counting as income and spending. Rejected pairs are never proposed again.</source>
        <translation>Jede Zeile ist Geld, das ein Konto verlässt, und derselbe Betrag, der innerhalb von vier Tagen auf einem anderen ankommt. Haken Sie die an, die wirklich Umbuchungen zwischen Ihren Konten sind: sie zählen dann nicht mehr als Einnahmen und Ausgaben. Abgelehnte Paare werden nie wieder vorgeschlagen.</translation>
    </message>
    <message>
        <source>Check &amp;all</source>
        <translation>&amp;Alle anhaken</translation>
    </message>
    <message>
        <source>Check all pairs</source>
        <translation>Alle Paare anhaken</translation>
    </message>
    <message>
        <source>&amp;Link checked as transfers</source>
        <translation>Angehakte als Umbuchungen &amp;verknüpfen</translation>
    </message>
    <message>
        <source>Link the checked pairs as transfers</source>
        <translation>Die angehakten Paare als Umbuchungen verknüpfen</translation>
    </message>
    <message>
        <source>&amp;Not transfers</source>
        <translation>&amp;Keine Umbuchungen</translation>
    </message>
    <message>
        <source>Reject the checked pairs</source>
        <translation>Die angehakten Paare ablehnen</translation>
    </message>
    <message>
        <source>No possible transfers to review.</source>
        <translation>Keine möglichen Umbuchungen zu prüfen.</translation>
    </message>
    <message>
        <source>Check the pairs first.</source>
        <translation>Haken Sie zuerst die Paare an.</translation>
    </message>
    <message>
        <source>{error}. Nothing was changed.</source>
        <translation>{error}. Nichts wurde geändert.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln pairs linked.</source>
        <translation>
            <numerusform>%Ln Paar verknüpft.</numerusform>
            <numerusform>%Ln Paare verknüpft.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln pairs rejected.</source>
        <translation>
            <numerusform>%Ln Paar abgelehnt.</numerusform>
            <numerusform>%Ln Paare abgelehnt.</numerusform>
        </translation>
    </message>
    <message>
        <source>{mismatches} of {reconciles} provisional figures differed from the worker&apos;s; the worker&apos;s figure is shown. This is a bug: please report it with the log file.</source>
        <translation>{mismatches} von {reconciles} vorläufigen Zahlen wichen von denen des Hintergrunddienstes ab; dessen Zahl wird angezeigt. Das ist ein Fehler: bitte melden Sie ihn mit der Protokolldatei.</translation>
    </message>
    <message>
        <source>Balances</source>
        <translation>Salden</translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>Aktuell</translation>
    </message>
    <message numerus="yes">
        <source>{count:,} account(s) being brought up to date</source>
        <translation>
            <numerusform>{count:,} Konto wird aktualisiert</numerusform>
            <numerusform>{count:,} Konten werden aktualisiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Encrypted</source>
        <translation>Verschlüsselt</translation>
    </message>
    <message>
        <source>Not encrypted</source>
        <translation>Nicht verschlüsselt</translation>
    </message>
    <message>
        <source>Secure ({backend})</source>
        <translation>Sicher ({backend})</translation>
    </message>
    <message>
        <source>No secure keyring: the book&apos;s key is asked for at each start.</source>
        <translation>Kein sicherer Schlüsselbund: der Schlüssel des Buchs wird bei jedem Start abgefragt.</translation>
    </message>
    <message>
        <source>Not secure: keys are not stored</source>
        <translation>Nicht sicher: Schlüssel werden nicht gespeichert</translation>
    </message>
    <message>
        <source>No backup yet: File → Back up now… (the worker also takes one a day).</source>
        <translation>Noch keine Sicherung: Datei → Jetzt sichern… (der Hintergrunddienst sichert auch täglich).</translation>
    </message>
    <message>
        <source>Last backup</source>
        <translation>Letzte Sicherung</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>Noch keine</translation>
    </message>
    <message>
        <source>unknown problem</source>
        <translation>unbekanntes Problem</translation>
    </message>
    <message>
        <source>The last backup failed verification ({problem}); check the free space and back up again.</source>
        <translation>Die letzte Sicherung hat die Prüfung nicht bestanden ({problem}); prüfen Sie den freien Speicher und sichern Sie erneut.</translation>
    </message>
    <message>
        <source>{when} · failed</source>
        <translation>{when} · fehlgeschlagen</translation>
    </message>
    <message>
        <source>{when} · verified · {size}</source>
        <translation>{when} · geprüft · {size}</translation>
    </message>
    <message>
        <source>Not checked yet: the worker checks daily, or File → Check book integrity…</source>
        <translation>Noch nicht geprüft: der Hintergrunddienst prüft täglich, oder Datei → Buch auf Fehler prüfen…</translation>
    </message>
    <message>
        <source>Last check</source>
        <translation>Letzte Prüfung</translation>
    </message>
    <message>
        <source>Never run</source>
        <translation>Nie ausgeführt</translation>
    </message>
    <message numerus="yes">
        <source>The last check found %n problem(s): File → Check book integrity… lists them, and Repair rebuilds what can be rebuilt.</source>
        <translation>
            <numerusform>Die letzte Prüfung hat %n Problem gefunden: Datei → Buch auf Fehler prüfen… listet es auf, und Reparieren baut neu auf, was sich neu aufbauen lässt.</numerusform>
            <numerusform>Die letzte Prüfung hat %n Probleme gefunden: Datei → Buch auf Fehler prüfen… listet sie auf, und Reparieren baut neu auf, was sich neu aufbauen lässt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n Problem</numerusform>
            <numerusform>%n Probleme</numerusform>
        </translation>
    </message>
    <message>
        <source>clean</source>
        <translation>fehlerfrei</translation>
    </message>
    <message>
        <source>{when} · {state} · {count:,} accounts</source>
        <translation>{when} · {state} · {count:,} Konten</translation>
    </message>
    <message>
        <source>The account&apos;s opening balance: change its date or amount here or in Edit account…; the balances below start from it.</source>
        <translation>Der Anfangssaldo des Kontos: Datum oder Betrag hier oder unter Konto bearbeiten… ändern; die Salden darunter beginnen bei ihm.</translation>
    </message>
    <message>
        <source>The shared book&apos;s server cannot be reached</source>
        <translation>Der Server des gemeinsamen Buchs ist nicht erreichbar</translation>
    </message>
    <message>
        <source>&amp;Try again now</source>
        <translation>&amp;Jetzt erneut versuchen</translation>
    </message>
    <message>
        <source>Try to reach the server again now</source>
        <translation>Jetzt erneut versuchen, den Server zu erreichen</translation>
    </message>
    <message>
        <source>Cannot reach the server of {book}: showing the last figures</source>
        <translation>Der Server von {book} ist nicht erreichbar: Die letzten Zahlen werden gezeigt</translation>
    </message>
    <message>
        <source>Nothing can be changed until the server answers again: changes are refused, not kept aside to send later. Permoney tries again every few seconds and brings everything up to date once it is back. ({why})</source>
        <translation>Bis der Server wieder antwortet, lässt sich nichts ändern: Änderungen werden abgelehnt, nicht für später zurückgelegt. Permoney versucht es alle paar Sekunden erneut und bringt alles auf den neuesten Stand, sobald er wieder da ist. ({why})</translation>
    </message>
    <message>
        <source>Password for the shared book</source>
        <translation>Passwort für das gemeinsame Buch</translation>
    </message>
    <message>
        <source>Password for {login}:</source>
        <translation>Passwort für {login}:</translation>
    </message>
    <message>
        <source>Part of {total}: {lines}</source>
        <translation>Teil von {total}: {lines}</translation>
    </message>
    <message>
        <source>Part of a split entry: this filter takes {shown} of its {whole} (the lines below that it matches).</source>
        <translation>Teil einer aufgeteilten Buchung: dieser Filter zeigt {shown} von {whole} (die Zeilen unten, die er trifft).</translation>
    </message>
    <message>
        <source>Import book {file}</source>
        <translation>Buch {file} importieren</translation>
    </message>
    <message>
        <source>a book export goes into an empty book; this one has data</source>
        <translation>ein Buchexport kommt in ein leeres Buch; dieses hat schon Daten</translation>
    </message>
    <message>
        <source>rise</source>
        <translation>steigen</translation>
    </message>
    <message>
        <source>fall</source>
        <translation>fallen</translation>
    </message>
    <message>
        <source>limits must {direction} from target to warning to critical, got {target}/{warning}/{critical}</source>
        <translation>die Grenzen müssen von Ziel über Warnung bis kritisch {direction}, erhalten {target}/{warning}/{critical}</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 Tag</translation>
    </message>
    <message>
        <source>{days} days</source>
        <translation>{days} Tage</translation>
    </message>
    <message>
        <source>queue latency above {target}: the worker is busy and catching up</source>
        <translation>Warteschlangen-Latenz über {target}: der Hintergrunddienst ist beschäftigt und holt auf</translation>
    </message>
    <message>
        <source>queue latency above {warning}: raise worker threads (setting worker.threads or PERMONEY_WORKER_THREADS)</source>
        <translation>Warteschlangen-Latenz über {warning}: mehr Threads für den Hintergrunddienst (Einstellung worker.threads oder PERMONEY_WORKER_THREADS)</translation>
    </message>
    <message>
        <source>queue latency above {critical}: the worker is not keeping up or not running; start the app or `permoney worker`, and raise worker threads</source>
        <translation>Warteschlangen-Latenz über {critical}: der Hintergrunddienst kommt nicht nach oder läuft nicht; starten Sie die App oder `permoney worker` und erhöhen Sie die Threads</translation>
    </message>
    <message>
        <source>failure rate above {target}: see the last errors below</source>
        <translation>Fehlerquote über {target}: siehe die letzten Fehler unten</translation>
    </message>
    <message>
        <source>failure rate above {warning}: check the last error of each task</source>
        <translation>Fehlerquote über {warning}: prüfen Sie den letzten Fehler jeder Aufgabe</translation>
    </message>
    <message>
        <source>failure rate above {critical}: background updates keep failing; check the last errors and run `permoney sync --wait` to retry</source>
        <translation>Fehlerquote über {critical}: Hintergrundaktualisierungen schlagen immer wieder fehl; prüfen Sie die letzten Fehler und starten Sie `permoney sync --wait` für einen neuen Versuch</translation>
    </message>
    <message>
        <source>some jobs ran longer than the slow-job limit; large imports do that</source>
        <translation>einige Aufgaben liefen länger als das Langsam-Limit; große Importe tun das</translation>
    </message>
    <message>
        <source>several slow jobs: consider more worker threads, or vacuum the book</source>
        <translation>mehrere langsame Aufgaben: mehr Threads erwägen oder das Buch komprimieren (vacuum)</translation>
    </message>
    <message>
        <source>many slow jobs: the book may need `permoney sync` for a full rebuild</source>
        <translation>viele langsame Aufgaben: das Buch braucht vielleicht `permoney sync` für einen vollständigen Neuaufbau</translation>
    </message>
    <message>
        <source>a job has run for a long time</source>
        <translation>eine Aufgabe läuft schon lange</translation>
    </message>
    <message>
        <source>a job is stuck: restart the app (queued work is kept)</source>
        <translation>eine Aufgabe hängt: starten Sie die App neu (wartende Arbeit bleibt erhalten)</translation>
    </message>
    <message>
        <source>several jobs are stuck: restart the app (queued work is kept)</source>
        <translation>mehrere Aufgaben hängen: starten Sie die App neu (wartende Arbeit bleibt erhalten)</translation>
    </message>
    <message>
        <source>a lock was left behind; the next cleanup clears it</source>
        <translation>eine Sperre ist zurückgeblieben; die nächste Bereinigung löst sie</translation>
    </message>
    <message>
        <source>locks left by a crashed worker block syncs; the cleanup clears them within 5 minutes, or restart the app</source>
        <translation>Sperren eines abgestürzten Hintergrunddienstes blockieren Abgleiche; die Bereinigung löst sie binnen 5 Minuten, oder starten Sie die App neu</translation>
    </message>
    <message>
        <source>many stale locks: restart the app to clear them</source>
        <translation>viele verwaiste Sperren: starten Sie die App neu, um sie zu lösen</translation>
    </message>
    <message>
        <source>cache hit rate below {target}: figures are being recomputed on demand</source>
        <translation>Cache-Trefferquote unter {target}: Zahlen werden bei Bedarf neu berechnet</translation>
    </message>
    <message>
        <source>cache hit rate below {warning}: check that the worker runs (it keeps every period cached)</source>
        <translation>Cache-Trefferquote unter {warning}: prüfen Sie, ob der Hintergrunddienst läuft (er hält jeden Zeitraum im Cache)</translation>
    </message>
    <message>
        <source>cache hit rate below {critical}: the dashboard computes most figures itself; start the worker or run `permoney cache clear`</source>
        <translation>Cache-Trefferquote unter {critical}: die Übersicht berechnet die meisten Zahlen selbst; starten Sie den Hintergrunddienst oder `permoney cache clear`</translation>
    </message>
    <message>
        <source>cache lookups above {target}: the disk is busy</source>
        <translation>Cache-Abfragen über {target}: die Festplatte ist ausgelastet</translation>
    </message>
    <message>
        <source>cache lookups above {warning}: the cache folder may be on a slow disk</source>
        <translation>Cache-Abfragen über {warning}: der Cache-Ordner liegt vielleicht auf einer langsamen Festplatte</translation>
    </message>
    <message>
        <source>cache lookups above {critical}: run `permoney cache clear`</source>
        <translation>Cache-Abfragen über {critical}: führen Sie `permoney cache clear` aus</translation>
    </message>
    <message>
        <source>more cache entries than expected; expired ones are trimmed every 5 min</source>
        <translation>mehr Cache-Einträge als erwartet; abgelaufene werden alle 5 Min. entfernt</translation>
    </message>
    <message>
        <source>many cache entries: run `permoney cache clear` (safe, recomputed)</source>
        <translation>viele Cache-Einträge: führen Sie `permoney cache clear` aus (gefahrlos, wird neu berechnet)</translation>
    </message>
    <message>
        <source>far too many cache entries: run `permoney cache clear`</source>
        <translation>viel zu viele Cache-Einträge: führen Sie `permoney cache clear` aus</translation>
    </message>
    <message>
        <source>the metrics cache folder is unusable (corrupt, locked or disk full); figures are computed on demand. Free disk space or run `permoney cache clear`</source>
        <translation>der Ordner des Kennzahlen-Caches ist unbrauchbar (beschädigt, gesperrt oder Festplatte voll); Zahlen werden bei Bedarf berechnet. Geben Sie Speicherplatz frei oder führen Sie `permoney cache clear` aus</translation>
    </message>
    <message>
        <source>some window actions take longer than {target}</source>
        <translation>einige Fensteraktionen dauern länger als {target}</translation>
    </message>
    <message>
        <source>window actions take over {warning}: the book may need its worker</source>
        <translation>Fensteraktionen dauern über {warning}: das Buch braucht vielleicht seinen Hintergrunddienst</translation>
    </message>
    <message>
        <source>window actions take over {critical}: report it with the health page</source>
        <translation>Fensteraktionen dauern über {critical}: melden Sie es mit der Zustandsseite</translation>
    </message>
    <message>
        <source>the app uses more than {target}; caches are trimmed every 5 minutes</source>
        <translation>die App belegt mehr als {target}; Caches werden alle 5 Minuten verkleinert</translation>
    </message>
    <message>
        <source>the app uses more than {warning}: restart it to free memory</source>
        <translation>die App belegt mehr als {warning}: starten Sie sie neu, um Speicher freizugeben</translation>
    </message>
    <message>
        <source>the app uses more than {critical}: restart it now</source>
        <translation>die App belegt mehr als {critical}: starten Sie sie jetzt neu</translation>
    </message>
    <message>
        <source>the last backup is {value} old: File → Back up now…</source>
        <translation>die letzte Sicherung ist {value} alt: Datei → Jetzt sichern…</translation>
    </message>
    <message>
        <source>the last backup is {value} old: File → Back up now… (is the worker running?)</source>
        <translation>die letzte Sicherung ist {value} alt: Datei → Jetzt sichern… (läuft der Hintergrunddienst?)</translation>
    </message>
    <message>
        <source>the last backup is {value} old: back up now (File → Back up now…) and keep the app or `permoney worker` running so it takes one daily</source>
        <translation>die letzte Sicherung ist {value} alt: sichern Sie jetzt (Datei → Jetzt sichern…) und lassen Sie die App oder `permoney worker` laufen, damit täglich gesichert wird</translation>
    </message>
    <message>
        <source>the last integrity check is {value} old</source>
        <translation>die letzte Integritätsprüfung ist {value} alt</translation>
    </message>
    <message>
        <source>the last integrity check is {value} old: File → Check book integrity…</source>
        <translation>die letzte Integritätsprüfung ist {value} alt: Datei → Buch auf Integrität prüfen…</translation>
    </message>
    <message>
        <source>the book has not been checked for {value}: File → Check book integrity… now</source>
        <translation>das Buch wurde seit {value} nicht geprüft: jetzt Datei → Buch auf Integrität prüfen…</translation>
    </message>
    <message>
        <source>setting {key}: no such threshold</source>
        <translation>Einstellung {key}: keine solche Schwelle</translation>
    </message>
    <message>
        <source>setting {key}: expected a number, got {raw!r}</source>
        <translation>Einstellung {key}: Zahl erwartet, erhalten {raw!r}</translation>
    </message>
    <message>
        <source>setting {key}: must be above zero, got {raw!r}</source>
        <translation>Einstellung {key}: muss über null liegen, erhalten {raw!r}</translation>
    </message>
    <message>
        <source>setting {key}: unknown limit {value!r}</source>
        <translation>Einstellung {key}: unbekannte Grenze {value!r}</translation>
    </message>
    <message>
        <source>setting {key}: expected [target, warning, critical] or a dict, got {raw!r}</source>
        <translation>Einstellung {key}: [Ziel, Warnung, kritisch] oder ein Wörterbuch erwartet, erhalten {raw!r}</translation>
    </message>
    <message>
        <source>setting {key}: {error}</source>
        <translation>Einstellung {key}: {error}</translation>
    </message>
    <message>
        <source>entries {a} and {b} do not both exist</source>
        <translation>die Buchungen {a} und {b} existieren nicht beide</translation>
    </message>
    <message>
        <source>Link 1 transfer</source>
        <translation>1 Umbuchung verknüpfen</translation>
    </message>
    <message>
        <source>Link {count} transfers</source>
        <translation>{count} Umbuchungen verknüpfen</translation>
    </message>
    <message>
        <source>entry {value} is in two proposed pairs</source>
        <translation>Buchung {value} ist in zwei vorgeschlagenen Paaren</translation>
    </message>
    <message>
        <source>entry {r} is already a transfer or not a transaction</source>
        <translation>Buchung {r} ist schon eine Umbuchung oder keine normale Buchung</translation>
    </message>
    <message>
        <source>entries {a} and {b} are in the same account</source>
        <translation>die Buchungen {a} und {b} sind auf demselben Konto</translation>
    </message>
    <message>
        <source>entries {a} and {b} do not move money in opposite directions</source>
        <translation>die Buchungen {a} und {b} bewegen Geld nicht in entgegengesetzte Richtungen</translation>
    </message>
    <message>
        <source>Reject transfer match</source>
        <translation>Umbuchungspaar ablehnen</translation>
    </message>
    <message>
        <source>Import {file}</source>
        <translation>{file} importieren</translation>
    </message>
    <message>
        <source>Import {count} entries from {file}</source>
        <translation>{count} Buchungen aus {file} importieren</translation>
    </message>
    <message>
        <source>Import {count} entries from {file} (1 correction)</source>
        <translation>{count} Buchungen aus {file} importieren (1 Korrektur)</translation>
    </message>
    <message>
        <source>Import {count} entries from {file} ({corrections} corrections)</source>
        <translation>{count} Buchungen aus {file} importieren ({corrections} Korrekturen)</translation>
    </message>
    <message>
        <source>Set loan terms</source>
        <translation>Kreditbedingungen festlegen</translation>
    </message>
    <message>
        <source>{name!r} is not a loan or another liability account</source>
        <translation>{name!r} ist kein Kredit- oder anderes Schuldenkonto</translation>
    </message>
    <message>
        <source>Set loan interest category</source>
        <translation>Zinskategorie des Kredits festlegen</translation>
    </message>
    <message>
        <source>{name!r} has no loan terms; set them with: permoney loan add --account {name!r} …</source>
        <translation>{name!r} hat keine Kreditbedingungen; legen Sie sie fest mit: permoney loan add --account {name!r} …</translation>
    </message>
    <message>
        <source>interest is an expense: {full_name!r} is an {kind} category; choose an expense category</source>
        <translation>Zinsen sind eine Ausgabe: {full_name!r} hat die Art {kind}; wählen Sie eine Ausgabenkategorie</translation>
    </message>
    <message>
        <source>Record loan payment</source>
        <translation>Kreditzahlung erfassen</translation>
    </message>
    <message>
        <source>a loan&apos;s principal must be more than zero</source>
        <translation>der Kreditbetrag muss größer als null sein</translation>
    </message>
    <message>
        <source>a yearly rate is a percent from 0 to {limit}, not {rate}</source>
        <translation>ein Jahreszins ist ein Prozentsatz von 0 bis {limit}, nicht {rate}</translation>
    </message>
    <message>
        <source>a loan&apos;s term is 1 to {limit} months</source>
        <translation>die Laufzeit eines Kredits beträgt 1 bis {limit} Monate</translation>
    </message>
    <message>
        <source>a loan&apos;s payment must be more than zero</source>
        <translation>die Rate eines Kredits muss größer als null sein</translation>
    </message>
    <message>
        <source>an extra payment cannot be negative</source>
        <translation>eine Sondertilgung kann nicht negativ sein</translation>
    </message>
    <message>
        <source>the payment does not cover the interest: the loan would never be repaid</source>
        <translation>die Rate deckt die Zinsen nicht: der Kredit würde nie zurückgezahlt</translation>
    </message>
    <message>
        <source>the payment is too small to repay the loan in 200 years</source>
        <translation>die Rate ist zu klein, um den Kredit in 200 Jahren zurückzuzahlen</translation>
    </message>
    <message>
        <source>no payment is scheduled in {day:%Y-%m} (payments run {first} to {last})</source>
        <translation>im {day:%Y-%m} ist keine Rate geplant (Raten laufen von {first} bis {last})</translation>
    </message>
    <message>
        <source>the payment account is in {currency}, the loan in {currency2}</source>
        <translation>das Zahlungskonto ist in {currency}, der Kredit in {currency2}</translation>
    </message>
    <message>
        <source>a payment of {loan} on {day} does not cover that month&apos;s interest ({loan2})</source>
        <translation>eine Zahlung von {loan} am {day} deckt die Zinsen dieses Monats nicht ({loan2})</translation>
    </message>
    <message>
        <source>no merchant with id {merchant_id}</source>
        <translation>kein Händler mit der Nummer {merchant_id}</translation>
    </message>
    <message>
        <source>a merchant needs a name</source>
        <translation>ein Händler braucht einen Namen</translation>
    </message>
    <message>
        <source>merchant names are at most 200 characters</source>
        <translation>Händlernamen haben höchstens 200 Zeichen</translation>
    </message>
    <message>
        <source>a merchant named {name!r} already exists</source>
        <translation>ein Händler namens {name!r} existiert schon</translation>
    </message>
    <message>
        <source>Add merchant</source>
        <translation>Händler hinzufügen</translation>
    </message>
    <message>
        <source>unknown merchant {name!r}</source>
        <translation>unbekannter Händler {name!r}</translation>
    </message>
    <message>
        <source>Rename merchant</source>
        <translation>Händler umbenennen</translation>
    </message>
    <message>
        <source>Delete merchant</source>
        <translation>Händler löschen</translation>
    </message>
    <message>
        <source>a rate needs two different currencies, got {base}→{quote}</source>
        <translation>ein Kurs braucht zwei verschiedene Währungen, nicht {base}→{quote}</translation>
    </message>
    <message>
        <source>an exchange rate must be positive, got {rate}</source>
        <translation>ein Wechselkurs muss positiv sein, nicht {rate}</translation>
    </message>
    <message>
        <source>Delete exchange rate</source>
        <translation>Wechselkurs löschen</translation>
    </message>
    <message>
        <source>no {b}-&gt;{q} rate on {day}</source>
        <translation>kein Kurs {b}-&gt;{q} am {day}</translation>
    </message>
    <message>
        <source>Add exchange rate</source>
        <translation>Wechselkurs hinzufügen</translation>
    </message>
    <message>
        <source>{source}: no rates found (expected lines of date,from,to,rate)</source>
        <translation>{source}: keine Kurse gefunden (erwartet: Zeilen mit date,from,to,rate)</translation>
    </message>
    <message>
        <source>{name}: not a UTF-8 text file</source>
        <translation>{name}: keine UTF-8-Textdatei</translation>
    </message>
    <message>
        <source>Import {count} exchange rates</source>
        <translation>{count} Wechselkurse importieren</translation>
    </message>
    <message>
        <source>no open proposal {proposal_id!r} (list them with: schedule detect)</source>
        <translation>kein offener Vorschlag {proposal_id!r} (auflisten mit: schedule detect)</translation>
    </message>
    <message>
        <source>Reject recurring {payee}</source>
        <translation>Wiederkehrende Zahlung {payee} ablehnen</translation>
    </message>
    <message>
        <source>a rule needs at least one condition</source>
        <translation>eine Regel braucht mindestens eine Bedingung</translation>
    </message>
    <message>
        <source>tag names cannot contain commas</source>
        <translation>Tag-Namen dürfen keine Kommas enthalten</translation>
    </message>
    <message>
        <source>Add rule</source>
        <translation>Regel hinzufügen</translation>
    </message>
    <message>
        <source>a rule needs an action (category, merchant, tags or payee)</source>
        <translation>eine Regel braucht eine Aktion (Kategorie, Händler, Tags oder Empfänger)</translation>
    </message>
    <message>
        <source>no rule with id {rule_id}</source>
        <translation>keine Regel mit der Nummer {rule_id}</translation>
    </message>
    <message>
        <source>Delete rule</source>
        <translation>Regel löschen</translation>
    </message>
    <message>
        <source>Enable rule</source>
        <translation>Regel einschalten</translation>
    </message>
    <message>
        <source>Disable rule</source>
        <translation>Regel ausschalten</translation>
    </message>
    <message>
        <source>Apply rules</source>
        <translation>Regeln anwenden</translation>
    </message>
    <message>
        <source>Apply rules to {count} entries</source>
        <translation>Regeln auf {count} Buchungen anwenden</translation>
    </message>
    <message>
        <source>Edit rule</source>
        <translation>Regel bearbeiten</translation>
    </message>
    <message>
        <source>Post scheduled transactions</source>
        <translation>Geplante Buchungen ausführen</translation>
    </message>
    <message>
        <source>Post 1 scheduled transaction</source>
        <translation>1 geplante Buchung ausführen</translation>
    </message>
    <message>
        <source>Post {count} scheduled transactions</source>
        <translation>{count} geplante Buchungen ausführen</translation>
    </message>
    <message>
        <source>{name} has no occurrence left to handle</source>
        <translation>{name} hat keinen offenen Termin mehr</translation>
    </message>
    <message>
        <source>the {occurrence} occurrence of {name} is already {handled}</source>
        <translation>der Termin {occurrence} von {name} ist schon {handled}</translation>
    </message>
    <message>
        <source>Post scheduled transaction</source>
        <translation>Geplante Buchung ausführen</translation>
    </message>
    <message>
        <source>Post {name} of {day}</source>
        <translation>{name} vom {day} ausführen</translation>
    </message>
    <message>
        <source>Skip scheduled transaction</source>
        <translation>Geplante Buchung überspringen</translation>
    </message>
    <message>
        <source>Skip {name} of {day}</source>
        <translation>{name} vom {day} überspringen</translation>
    </message>
    <message>
        <source>Add transfer</source>
        <translation>Umbuchung hinzufügen</translation>
    </message>
    <message>
        <source>no transfer with id {transfer_id}</source>
        <translation>keine Umbuchung mit der Nummer {transfer_id}</translation>
    </message>
    <message>
        <source>Edit transfer</source>
        <translation>Umbuchung bearbeiten</translation>
    </message>
    <message>
        <source>Delete transfer</source>
        <translation>Umbuchung löschen</translation>
    </message>
    <message>
        <source>Edit valuation</source>
        <translation>Bewertung bearbeiten</translation>
    </message>
    <message>
        <source>{what} must be a Decimal or a string, not {type}</source>
        <translation>{what} muss ein Decimal oder ein Text sein, nicht {type}</translation>
    </message>
    <message>
        <source>{what} is not a number: {value}</source>
        <translation>{what} ist keine Zahl: {value}</translation>
    </message>
    <message>
        <source>{what} {value} is too large (amounts up to {digits:,} are supported)</source>
        <translation>{what} {value} ist zu groß (Beträge bis {digits:,} werden unterstützt)</translation>
    </message>
    <message>
        <source>{what} {value} has more decimals than {cur} allows ({allowed})</source>
        <translation>{what} {value} hat mehr Nachkommastellen, als {cur} erlaubt ({allowed})</translation>
    </message>
    <message>
        <source>decimal comma</source>
        <translation>Dezimalkomma</translation>
    </message>
    <message>
        <source>decimal point</source>
        <translation>Dezimalpunkt</translation>
    </message>
    <message>
        <source>not an amount: {text!r} (reading with a {sep})</source>
        <translation>kein Betrag: {text!r} (gelesen mit {sep})</translation>
    </message>
    <message>
        <source>not an amount: {text!r}</source>
        <translation>kein Betrag: {text!r}</translation>
    </message>
    <message>
        <source>{value!r} reads with a decimal point and with a decimal comma, and no amount decides which; choose the decimal separator</source>
        <translation>{value!r} lässt sich mit Dezimalpunkt und mit Dezimalkomma lesen, und kein Betrag entscheidet es; wählen Sie das Dezimaltrennzeichen</translation>
    </message>
    <message>
        <source>{amount} has more decimals than {currency} allows ({exp}); check the decimal separator</source>
        <translation>{amount} hat mehr Nachkommastellen, als {currency} zulässt ({exp}); prüfen Sie das Dezimaltrennzeichen</translation>
    </message>
    <message>
        <source>{amount} is too large for an amount</source>
        <translation>{amount} ist zu groß für einen Betrag</translation>
    </message>
    <message>
        <source>money cannot be built from a float or bool; use Decimal or str</source>
        <translation>Geld kann nicht aus float oder bool gebildet werden; verwenden Sie Decimal oder str</translation>
    </message>
    <message>
        <source>not an amount: {amount!r}</source>
        <translation>kein Betrag: {amount!r}</translation>
    </message>
    <message>
        <source>minor units must be an int, got {type}</source>
        <translation>kleinste Einheiten müssen ein int sein, nicht {type}</translation>
    </message>
    <message>
        <source>cannot combine Money with {type}</source>
        <translation>Geld lässt sich nicht mit {type} verrechnen</translation>
    </message>
    <message>
        <source>cannot combine {currency} with {currency2} without an exchange rate</source>
        <translation>{currency} und {currency2} lassen sich ohne Wechselkurs nicht verrechnen</translation>
    </message>
    <message>
        <source>money can only be multiplied by a Decimal or an int</source>
        <translation>Geld lässt sich nur mit einer Decimal- oder int-Zahl multiplizieren</translation>
    </message>
    <message>
        <source>exchange rate must be a positive Decimal, got {rate!r}</source>
        <translation>der Wechselkurs muss ein positives Decimal sein, nicht {rate!r}</translation>
    </message>
    <message>
        <source>a split needs at least two lines (one line is the entry itself)</source>
        <translation>eine Aufteilung braucht mindestens zwei Zeilen (eine Zeile ist die Buchung selbst)</translation>
    </message>
    <message>
        <source>a split has at most {limit} lines, not {count}</source>
        <translation>eine Aufteilung hat höchstens {limit} Zeilen, nicht {count}</translation>
    </message>
    <message>
        <source>split line {i} memo is longer than {limit} characters</source>
        <translation>die Notiz der Aufteilungszeile {i} ist länger als {limit} Zeichen</translation>
    </message>
    <message>
        <source>split lines sum to {lines_sum}, not the entry&apos;s {total} ({left} still to assign)</source>
        <translation>die Aufteilungszeilen ergeben {lines_sum}, nicht die {total} der Buchung (noch {left} zuzuordnen)</translation>
    </message>
    <message>
        <source>split line {i} has both a category and a transfer account</source>
        <translation>Aufteilungszeile {i} hat sowohl eine Kategorie als auch ein Umbuchungskonto</translation>
    </message>
    <message>
        <source>a tag name cannot contain a comma: {t!r}</source>
        <translation>ein Tag-Name darf kein Komma enthalten: {t!r}</translation>
    </message>
    <message>
        <source>type a date as YYYY-MM-DD, in your usual order, as digits only, or t, +1, -1</source>
        <translation>geben Sie ein Datum als JJJJ-MM-TT, in Ihrer gewohnten Reihenfolge, nur als Ziffern oder als t, +1, -1 ein</translation>
    </message>
    <message>
        <source>no date: {hint}</source>
        <translation>kein Datum: {hint}</translation>
    </message>
    <message>
        <source>not a date: {text!r} ({hint})</source>
        <translation>kein Datum: {text!r} ({hint})</translation>
    </message>
    <message>
        <source>{text!r} is outside {MIN_YEAR}–{MAX_YEAR}</source>
        <translation>{text!r} liegt außerhalb von {MIN_YEAR}–{MAX_YEAR}</translation>
    </message>
    <message>
        <source>not a date: {shown!r} ({hint})</source>
        <translation>kein Datum: {shown!r} ({hint})</translation>
    </message>
    <message>
        <source>{shown!r} could be {options}: type it as YYYY-MM-DD</source>
        <translation>{shown!r} könnte {options} sein: geben Sie es als JJJJ-MM-TT ein</translation>
    </message>
    <message>
        <source>entry {entry_id} was deleted by someone else; nothing was saved</source>
        <translation>Buchung {entry_id} wurde von jemand anderem gelöscht; nichts wurde gespeichert</translation>
    </message>
    <message>
        <source>the book is busy with another person&apos;s change; nothing was saved, try again</source>
        <translation>das Buch ist mit der Änderung einer anderen Person beschäftigt; nichts wurde gespeichert, versuchen Sie es erneut</translation>
    </message>
    <message>
        <source>another entry in this account already has the same bank id (it was imported or moved there first); nothing was saved</source>
        <translation>eine andere Buchung dieses Kontos hat schon dieselbe Bank-Kennung (sie wurde zuerst importiert oder dorthin verschoben); nichts wurde gespeichert</translation>
    </message>
    <message>
        <source>unknown account type {text!r} (one of: {names})</source>
        <translation>unbekannte Kontoart {text!r} (eine von: {names})</translation>
    </message>
    <message>
        <source>unknown currency code {code!r} (expected an ISO 4217 code such as USD)</source>
        <translation>unbekannter Währungscode {code!r} (erwartet: ein ISO-4217-Code wie EUR)</translation>
    </message>
    <message>
        <source>{what} {day} is outside the supported range ({first} to {last})</source>
        <translation>{what} {day} liegt außerhalb des unterstützten Bereichs ({first} bis {last})</translation>
    </message>
    <message>
        <source>{what} {value} is too large (amounts up to {exp:,} are supported)</source>
        <translation>{what} {value} ist zu groß (Beträge bis {exp:,} werden unterstützt)</translation>
    </message>
    <message>
        <source>unknown period {text!r} (one of: {names})</source>
        <translation>unbekannter Zeitraum {text!r} (einer von: {names})</translation>
    </message>
    <message>
        <source>a period cannot end ({end}) before it starts ({start})</source>
        <translation>ein Zeitraum kann nicht enden ({end}), bevor er beginnt ({start})</translation>
    </message>
    <message>
        <source>a custom period needs its dates: use custom_period(start, end)</source>
        <translation>ein eigener Zeitraum braucht seine Daten: verwenden Sie custom_period(start, end)</translation>
    </message>
    <message>
        <source>unknown status {text!r} (one of: {names})</source>
        <translation>unbekannter Status {text!r} (einer von: {names})</translation>
    </message>
    <message>
        <source>the interval must be 1 to {limit}, got {interval}</source>
        <translation>das Intervall muss 1 bis {limit} sein, nicht {interval}</translation>
    </message>
    <message>
        <source>the day of the month must be 1 to 31 or last, got {day}</source>
        <translation>der Tag des Monats muss 1 bis 31 oder last sein, nicht {day}</translation>
    </message>
    <message>
        <source>an nth-weekday rule needs both the weekday and which one (1-4, last)</source>
        <translation>eine Regel „n-ter Wochentag“ braucht den Wochentag und welcher (1-4, last)</translation>
    </message>
    <message>
        <source>the weekday must be 0 (Monday) to 6 (Sunday), got {weekday}</source>
        <translation>der Wochentag muss 0 (Montag) bis 6 (Sonntag) sein, nicht {weekday}</translation>
    </message>
    <message>
        <source>which weekday must be 1 to 4 or last, got {nth}</source>
        <translation>welcher Wochentag muss 1 bis 4 oder last sein, nicht {nth}</translation>
    </message>
    <message>
        <source>give either a day of the month or an nth weekday, not both</source>
        <translation>geben Sie entweder einen Tag des Monats oder einen n-ten Wochentag an, nicht beides</translation>
    </message>
    <message>
        <source>a day of the month or an nth weekday needs a monthly or yearly rule</source>
        <translation>ein Tag des Monats oder ein n-ter Wochentag braucht eine monatliche oder jährliche Regel</translation>
    </message>
    <message>
        <source>give either an end date or a count, not both</source>
        <translation>geben Sie entweder ein Enddatum oder eine Anzahl an, nicht beides</translation>
    </message>
    <message>
        <source>the end date {end} is before the start {start}</source>
        <translation>das Enddatum {end} liegt vor dem Beginn {start}</translation>
    </message>
    <message>
        <source>the count must be 1 to {limit}, got {count}</source>
        <translation>die Anzahl muss 1 bis {limit} sein, nicht {count}</translation>
    </message>
    <message>
        <source>unknown interval {text!r} (e.g. day, week, 2weeks, month, 3months, year)</source>
        <translation>unbekanntes Intervall {text!r} (z. B. day, week, 2weeks, month, 3months, year)</translation>
    </message>
    <message>
        <source>unknown weekday {text!r} (mon, tue, wed, thu, fri, sat, sun)</source>
        <translation>unbekannter Wochentag {text!r} (mon, tue, wed, thu, fri, sat, sun)</translation>
    </message>
    <message>
        <source>unknown rule field {field_name!r} (payee, memo, amount)</source>
        <translation>unbekanntes Regelfeld {field_name!r} (payee, memo, amount)</translation>
    </message>
    <message>
        <source>unknown rule operator {op!r} (one of: {names})</source>
        <translation>unbekannter Regeloperator {op!r} (einer von: {names})</translation>
    </message>
    <message>
        <source>amount conditions take &lt;, &gt;, = or between, not {op}</source>
        <translation>Betragsbedingungen nehmen &lt;, &gt;, = oder between, nicht {op}</translation>
    </message>
    <message>
        <source>&apos;between&apos; needs two amounts</source>
        <translation>„between“ braucht zwei Beträge</translation>
    </message>
    <message>
        <source>&apos;between&apos; needs the smaller amount first</source>
        <translation>„between“ braucht den kleineren Betrag zuerst</translation>
    </message>
    <message>
        <source>{field} conditions take contains, equals or regex</source>
        <translation>Bedingungen auf {field} nehmen contains, equals oder regex</translation>
    </message>
    <message>
        <source>{field} {op} needs a text</source>
        <translation>{field} {op} braucht einen Text</translation>
    </message>
    <message>
        <source>a scheduled amount must be a non-zero number</source>
        <translation>ein geplanter Betrag muss eine Zahl ungleich null sein</translation>
    </message>
    <message>
        <source>a scheduled transfer needs two different accounts</source>
        <translation>eine terminierte Umbuchung braucht zwei verschiedene Konten</translation>
    </message>
    <message>
        <source>a scheduled transfer&apos;s amount is what leaves the account: positive, got {amount}</source>
        <translation>der Betrag einer terminierten Umbuchung ist, was das Konto verlässt: positiv, nicht {amount}</translation>
    </message>
    <message>
        <source>a transfer has no category</source>
        <translation>eine Umbuchung hat keine Kategorie</translation>
    </message>
    <message>
        <source>no {base}→{quote} rate on or before {day}: add it with permoney rates add, then apply the template again</source>
        <translation>kein Kurs {base}→{quote} am oder vor dem {day}: fügen Sie ihn mit permoney rates add hinzu und wenden Sie die Vorlage erneut an</translation>
    </message>
    <message>
        <source>no schedule spends in a category in {month:%Y-%m}; add one with permoney schedule add, or use another template</source>
        <translation>keine Terminierung gibt im {month:%Y-%m} in einer Kategorie aus; legen Sie eine mit permoney schedule add an oder nehmen Sie eine andere Vorlage</translation>
    </message>
    <message>
        <source>entry {entry_id} is reconciled; changing its {fields} needs --force</source>
        <translation>Buchung {entry_id} ist abgeglichen; {fields} zu ändern braucht --force</translation>
    </message>
    <message>
        <source>entry {first} is reconciled; deleting it needs --force</source>
        <translation>Buchung {first} ist abgeglichen; sie zu löschen braucht --force</translation>
    </message>
    <message>
        <source>the account has reconciled statements; changing its opening balance changes their balances and needs --force</source>
        <translation>das Konto hat abgeglichene Auszüge; seinen Anfangssaldo zu ändern ändert deren Salden und braucht --force</translation>
    </message>
    <message>
        <source>split lines of entry {entry_id} have lost their entry</source>
        <translation>die Aufteilungszeilen der Buchung {entry_id} haben ihre Buchung verloren</translation>
    </message>
    <message>
        <source>entry {entry_id} is a {kind}; only a transaction can be split</source>
        <translation>Buchung {entry_id} ist vom Typ {kind}; nur eine normale Buchung kann aufgeteilt werden</translation>
    </message>
    <message>
        <source>entry {entry_id}: its split lines are in another currency; split it again (permoney tx split {entry_id})</source>
        <translation>Buchung {entry_id}: ihre Aufteilungszeilen sind in einer anderen Währung; teilen Sie sie neu auf (permoney tx split {entry_id})</translation>
    </message>
    <message>
        <source>entry {entry_id}: its split lines sum to {lines}, not {amount}; change the amount through the split (permoney tx split {entry_id})</source>
        <translation>Buchung {entry_id}: ihre Aufteilungszeilen ergeben {lines}, nicht {amount}; ändern Sie den Betrag über die Aufteilung (permoney tx split {entry_id})</translation>
    </message>
    <message>
        <source>a transfer line of entry {entry_id} has lost its other account</source>
        <translation>eine Umbuchungszeile der Buchung {entry_id} hat ihr Gegenkonto verloren</translation>
    </message>
    <message>
        <source>entry {entry_id}: a split line cannot transfer into its own account</source>
        <translation>Buchung {entry_id}: eine Aufteilungszeile kann nicht auf das eigene Konto umbuchen</translation>
    </message>
    <message>
        <source>entry {counter} is a transfer line of split entry {entry_id}; change it through that split (permoney tx split {entry_id})</source>
        <translation>Buchung {counter} ist eine Umbuchungszeile der aufgeteilten Buchung {entry_id}; ändern Sie sie über diese Aufteilung (permoney tx split {entry_id})</translation>
    </message>
    <message>
        <source>entry {counter} is a transfer line of split entry {entry_id}: its date is that entry&apos;s date</source>
        <translation>Buchung {counter} ist eine Umbuchungszeile der aufgeteilten Buchung {entry_id}: ihr Datum ist das Datum dieser Buchung</translation>
    </message>
    <message>
        <source>entry {counter}, a transfer line of split entry {parent}, is reconciled; {doing} needs --force</source>
        <translation>Buchung {counter}, eine Umbuchungszeile der aufgeteilten Buchung {parent}, ist abgeglichen; {doing} braucht --force</translation>
    </message>
    <message>
        <source>{target} already exists; choose another file</source>
        <translation>{target} gibt es schon; wählen Sie eine andere Datei</translation>
    </message>
    <message>
        <source>cannot write {target}: folder {parent} does not exist</source>
        <translation>{target} kann nicht geschrieben werden: der Ordner {parent} existiert nicht</translation>
    </message>
    <message>
        <source>the backup cannot replace the book itself</source>
        <translation>die Sicherung kann das Buch selbst nicht ersetzen</translation>
    </message>
    <message>
        <source>no backup file at {path}</source>
        <translation>keine Sicherungsdatei unter {path}</translation>
    </message>
    <message>
        <source>{path} is encrypted (or not a Permoney book) and this book is not encrypted</source>
        <translation>{path} ist verschlüsselt (oder kein Permoney-Buch), und dieses Buch ist nicht verschlüsselt</translation>
    </message>
    <message>
        <source>{path} is encrypted with another key than this book</source>
        <translation>{path} ist mit einem anderen Schlüssel als dieses Buch verschlüsselt</translation>
    </message>
    <message>
        <source>{path} is not a Permoney book ({exc})</source>
        <translation>{path} ist kein Permoney-Buch ({exc})</translation>
    </message>
    <message>
        <source>{path} is damaged: {rows}</source>
        <translation>{path} ist beschädigt: {rows}</translation>
    </message>
    <message>
        <source>{path} is not a Permoney book (no schema version)</source>
        <translation>{path} ist kein Permoney-Buch (keine Schemaversion)</translation>
    </message>
    <message>
        <source>cannot restore the book from itself</source>
        <translation>das Buch kann nicht aus sich selbst wiederhergestellt werden</translation>
    </message>
    <message>
        <source>{leftover} is left over from an interrupted conversion and cannot be removed ({value}); remove it, then try again</source>
        <translation>{leftover} ist von einer unterbrochenen Umwandlung übrig und kann nicht entfernt werden ({value}); entfernen Sie es und versuchen Sie es erneut</translation>
    </message>
    <message>
        <source>a file already exists at {target}; choose another path</source>
        <translation>unter {target} gibt es schon eine Datei; wählen Sie einen anderen Pfad</translation>
    </message>
    <message>
        <source>{name} is open in another program; close it first</source>
        <translation>{name} ist in einem anderen Programm geöffnet; schließen Sie es zuerst</translation>
    </message>
    <message>
        <source>the conversion failed ({value}); the book is unchanged</source>
        <translation>die Umwandlung ist fehlgeschlagen ({value}); das Buch ist unverändert</translation>
    </message>
    <message>
        <source>{name} is not empty; a book is copied into an empty book only</source>
        <translation>{name} ist nicht leer; ein Buch wird nur in ein leeres Buch kopiert</translation>
    </message>
    <message>
        <source>SOURCE and DEST are the same book</source>
        <translation>SOURCE und DEST sind dasselbe Buch</translation>
    </message>
    <message>
        <source>no book at {book}</source>
        <translation>kein Buch unter {book}</translation>
    </message>
    <message>
        <source>the copy did not verify and was removed: {value}</source>
        <translation>die Kopie ließ sich nicht bestätigen und wurde entfernt: {value}</translation>
    </message>
    <message>
        <source>{exc}; {note}</source>
        <translation>{exc}; {note}</translation>
    </message>
    <message>
        <source>{name} is already encrypted</source>
        <translation>{name} ist schon verschlüsselt</translation>
    </message>
    <message>
        <source>{name} has an unexpected book id; cannot encrypt it</source>
        <translation>{name} hat eine unerwartete Buchkennung; es kann nicht verschlüsselt werden</translation>
    </message>
    <message>
        <source>{exc}; the book was not encrypted</source>
        <translation>{exc}; das Buch wurde nicht verschlüsselt</translation>
    </message>
    <message>
        <source>the recovery key could not be shown ({exc}), so {name} was not encrypted and is unchanged</source>
        <translation>der Wiederherstellungsschlüssel konnte nicht angezeigt werden ({exc}), daher wurde {name} nicht verschlüsselt und ist unverändert</translation>
    </message>
    <message>
        <source>{name} is not encrypted; its backups stay as they are</source>
        <translation>{name} ist nicht verschlüsselt; seine Sicherungen bleiben, wie sie sind</translation>
    </message>
    <message>
        <source>the encrypted copy of {name} did not verify; it is kept</source>
        <translation>die verschlüsselte Kopie von {name} hat die Prüfung nicht bestanden; sie wird aufbewahrt</translation>
    </message>
    <message>
        <source>cannot encrypt {name}: {value}</source>
        <translation>{name} kann nicht verschlüsselt werden: {value}</translation>
    </message>
    <message>
        <source>{name} is not encrypted; its backups are its safety net</source>
        <translation>{name} ist nicht verschlüsselt; seine Sicherungen sind sein Sicherheitsnetz</translation>
    </message>
    <message>
        <source>{name} is not encrypted</source>
        <translation>{name} ist nicht verschlüsselt</translation>
    </message>
    <message>
        <source>missing direction</source>
        <translation>Richtung fehlt</translation>
    </message>
    <message>
        <source>{value!r} is neither a money-out nor a money-in value of the direction column; set the direction values</source>
        <translation>{value!r} ist weder ein Ausgangs- noch ein Eingangswert der Richtungsspalte; legen Sie die Richtungswerte fest</translation>
    </message>
    <message>
        <source>the amounts have no sign and column {column!r} looks like it says money in or out{values}; map the direction column, or say that the file has none</source>
        <translation>die Beträge haben kein Vorzeichen und die Spalte {column!r} scheint Eingang oder Ausgang anzugeben{values}; ordnen Sie die Richtungsspalte zu oder geben Sie an, dass die Datei keine hat</translation>
    </message>
    <message>
        <source>the direction column gives the signs; &apos;money in is negative&apos; cannot apply too</source>
        <translation>die Richtungsspalte gibt die Vorzeichen an; „Eingänge sind negativ“ kann nicht zusätzlich gelten</translation>
    </message>
    <message>
        <source>column {column!r} not found (columns: {columns})</source>
        <translation>Spalte {column!r} nicht gefunden (Spalten: {columns})</translation>
    </message>
    <message>
        <source>no amount (or debit/credit) column mapped</source>
        <translation>keine Betragsspalte (oder Soll/Haben) zugeordnet</translation>
    </message>
    <message>
        <source>a direction column signs an amount column; map the amount, not debit/credit</source>
        <translation>eine Richtungsspalte gibt einer Betragsspalte das Vorzeichen; ordnen Sie den Betrag zu, nicht Soll/Haben</translation>
    </message>
    <message>
        <source>the amount column {column!r} already has the fee taken off; map the gross amount with the fee, or leave the fee out</source>
        <translation>in der Betragsspalte {column!r} ist die Gebühr schon abgezogen; ordnen Sie den Bruttobetrag mit Gebühr zu oder lassen Sie die Gebühr weg</translation>
    </message>
    <message>
        <source>missing date; a row without a date may be pending: keep only the finished ones with a row filter</source>
        <translation>Datum fehlt; eine Zeile ohne Datum ist vielleicht noch vorgemerkt: behalten Sie nur die abgeschlossenen mit einem Zeilenfilter</translation>
    </message>
    <message>
        <source>missing date</source>
        <translation>Datum fehlt</translation>
    </message>
    <message>
        <source>no date column mapped; the first row looks like data, not a header: read the file as having no header and map the columns by number</source>
        <translation>keine Datumsspalte zugeordnet; die erste Zeile sieht nach Daten aus, nicht nach einer Kopfzeile: lesen Sie die Datei als Datei ohne Kopfzeile und ordnen Sie die Spalten nach Nummer zu</translation>
    </message>
    <message>
        <source>no date column mapped</source>
        <translation>keine Datumsspalte zugeordnet</translation>
    </message>
    <message>
        <source>cannot read date {value!r} with format {format}</source>
        <translation>Datum {value!r} lässt sich mit dem Format {format} nicht lesen</translation>
    </message>
    <message>
        <source>missing amount</source>
        <translation>Betrag fehlt</translation>
    </message>
    <message>
        <source>the amount is negative but the direction column says money in</source>
        <translation>der Betrag ist negativ, aber die Richtungsspalte sagt Eingang</translation>
    </message>
    <message>
        <source>neither debit nor credit has an amount</source>
        <translation>weder Soll noch Haben hat einen Betrag</translation>
    </message>
    <message>
        <source>missing currency</source>
        <translation>Währung fehlt</translation>
    </message>
    <message>
        <source>missing account</source>
        <translation>Konto fehlt</translation>
    </message>
    <message>
        <source>unknown field {field!r} (one of: {names})</source>
        <translation>unbekanntes Feld {field!r} (eines von: {names})</translation>
    </message>
    <message>
        <source>a split needs at least two lines (TARGET=AMOUNT; TARGET=AMOUNT)</source>
        <translation>eine Aufteilung braucht mindestens zwei Zeilen (ZIEL=BETRAG; ZIEL=BETRAG)</translation>
    </message>
    <message>
        <source>a split has at most {most} lines, not {count}</source>
        <translation>eine Aufteilung hat höchstens {most} Zeilen, nicht {count}</translation>
    </message>
    <message>
        <source>split line {line} is not TARGET=AMOUNT</source>
        <translation>Aufteilungszeile {line} ist nicht ZIEL=BETRAG</translation>
    </message>
    <message>
        <source>split line {line} has no valid amount</source>
        <translation>Aufteilungszeile {line} hat keinen gültigen Betrag</translation>
    </message>
    <message>
        <source>the split lines do not sum exactly to the row&apos;s amount</source>
        <translation>die Aufteilungszeilen ergeben nicht genau den Betrag der Zeile</translation>
    </message>
    <message>
        <source>no dates to read</source>
        <translation>keine Daten zu lesen</translation>
    </message>
    <message>
        <source>cannot read date {value!r} (no known date format fits every row; choose the format, e.g. %d/%m/%Y)</source>
        <translation>Datum {value!r} lässt sich nicht lesen (kein bekanntes Datumsformat passt zu jeder Zeile; wählen Sie das Format, z. B. %d/%m/%Y)</translation>
    </message>
    <message>
        <source>ambiguous dates: {value!r} reads as {first} ({first_format}) or {second} ({second_format}); choose the date format</source>
        <translation>mehrdeutige Daten: {value!r} liest sich als {first} ({first_format}) oder {second} ({second_format}); wählen Sie das Datumsformat</translation>
    </message>
    <message>
        <source>unknown header {header!r}</source>
        <translation>unbekannte Kopfzeile {header!r}</translation>
    </message>
    <message>
        <source>data before any !Type: header</source>
        <translation>Daten vor jeder !Type:-Kopfzeile</translation>
    </message>
    <message>
        <source>field repeated within one record</source>
        <translation>Feld innerhalb eines Datensatzes wiederholt</translation>
    </message>
    <message>
        <source>no transactions found</source>
        <translation>keine Buchungen gefunden</translation>
    </message>
    <message>
        <source>a split line without an amount</source>
        <translation>eine Aufteilungszeile ohne Betrag</translation>
    </message>
    <message>
        <source>split lines sum to {lines}, not the transaction&apos;s {total}</source>
        <translation>die Aufteilungszeilen ergeben {lines}, nicht den Betrag der Buchung {total}</translation>
    </message>
    <message>
        <source>{file}, line {line}, field {field}: {reason}</source>
        <translation>{file}, Zeile {line}, Feld {field}: {reason}</translation>
    </message>
    <message>
        <source>{file}, line {line}: {reason}</source>
        <translation>{file}, Zeile {line}: {reason}</translation>
    </message>
    <message>
        <source>{file}, field {field}: {reason}</source>
        <translation>{file}, Feld {field}: {reason}</translation>
    </message>
    <message>
        <source>{file}: {reason}</source>
        <translation>{file}: {reason}</translation>
    </message>
    <message>
        <source>cannot read date {value!r}</source>
        <translation>Datum {value!r} lässt sich nicht lesen</translation>
    </message>
    <message>
        <source>no known date format reads the dates of the first {rows} rows; choose one</source>
        <translation>kein bekanntes Datumsformat liest die Daten der ersten {rows} Zeilen; wählen Sie eines</translation>
    </message>
    <message>
        <source>the dates in the first {rows} rows are ambiguous: {value!r} reads as {first} ({first_format}) or {second} ({second_format}); choose the date format</source>
        <translation>die Daten der ersten {rows} Zeilen sind mehrdeutig: {value!r} liest sich als {first} ({first_format}) oder {second} ({second_format}); wählen Sie das Datumsformat</translation>
    </message>
    <message>
        <source>bad regular expression {pattern!r}: {error}</source>
        <translation>ungültiger regulärer Ausdruck {pattern!r}: {error}</translation>
    </message>
    <message>
        <source>regular expression {pattern!r} cannot be used in a rule ({reason}): look-ahead, look-behind and back-references are not supported, because they can make matching run for hours; write the pattern without them</source>
        <translation>der reguläre Ausdruck {pattern!r} kann in keiner Regel verwendet werden ({reason}): Lookahead, Lookbehind und Rückverweise werden nicht unterstützt, weil die Suche damit stundenlang laufen kann; schreiben Sie das Muster ohne sie</translation>
    </message>
    <message>
        <source>import cancelled; nothing was written</source>
        <translation>Import abgebrochen; nichts wurde geschrieben</translation>
    </message>
    <message>
        <source>unknown account {name!r} ({what})</source>
        <translation>unbekanntes Konto {name!r} ({what})</translation>
    </message>
    <message>
        <source>{file}, line {line}: the file&apos;s account {key!r} is not a book account; name the target with --account (or map it)</source>
        <translation>{file}, Zeile {line}: das Konto {key!r} der Datei ist kein Konto des Buchs; wählen Sie das Zielkonto (oder ordnen Sie es zu)</translation>
    </message>
    <message>
        <source>{file}: which account do these rows go to? choose one (--account NAME)</source>
        <translation>{file}: in welches Konto gehören diese Zeilen? Wählen Sie eines</translation>
    </message>
    <message>
        <source>{file}: the statement for {key} is in {currency}, but account {name!r} keeps {keeps}</source>
        <translation>{file}: der Auszug für {key} ist in {currency}, aber das Konto {name!r} führt {keeps}</translation>
    </message>
    <message>
        <source>a preset needs a name</source>
        <translation>eine Vorlage braucht einen Namen</translation>
    </message>
    <message>
        <source>no import preset named {name!r}</source>
        <translation>keine Importvorlage namens {name!r}</translation>
    </message>
    <message>
        <source>not {what} (one of: {value})</source>
        <translation>nicht {what} (eines von: {value})</translation>
    </message>
    <message>
        <source>not a currency code the app knows (ISO 4217, such as USD)</source>
        <translation>kein Währungscode, den die App kennt (ISO 4217, etwa USD)</translation>
    </message>
    <message>
        <source>not JSON (a list of rule conditions)</source>
        <translation>kein JSON (eine Liste von Regelbedingungen)</translation>
    </message>
    <message>
        <source>not a list of rule conditions</source>
        <translation>keine Liste von Regelbedingungen</translation>
    </message>
    <message>
        <source>condition {number} is not a field, an operator and a value</source>
        <translation>Bedingung {number} ist kein Feld, Operator und Wert</translation>
    </message>
    <message>
        <source>condition {number} has a second value that is not text</source>
        <translation>Bedingung {number} hat einen zweiten Wert, der kein Text ist</translation>
    </message>
    <message>
        <source>condition {number}: {value}</source>
        <translation>Bedingung {number}: {value}</translation>
    </message>
    <message>
        <source>not JSON</source>
        <translation>kein JSON</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>kein JSON-Objekt</translation>
    </message>
    <message>
        <source>not a table of the book that has ids</source>
        <translation>keine Tabelle des Buchs, die IDs hat</translation>
    </message>
    <message>
        <source>not an id (a whole number from 0)</source>
        <translation>keine ID (eine ganze Zahl ab 0)</translation>
    </message>
    <message>
        <source>not a yearly interest rate in percent (0 to 100)</source>
        <translation>kein Jahreszins in Prozent (0 bis 100)</translation>
    </message>
    <message>
        <source>not a whole number</source>
        <translation>keine ganze Zahl</translation>
    </message>
    <message>
        <source>a whole number out of range</source>
        <translation>eine ganze Zahl außerhalb des Bereichs</translation>
    </message>
    <message>
        <source>not 0 or 1</source>
        <translation>nicht 0 oder 1</translation>
    </message>
    <message>
        <source>not a number</source>
        <translation>keine Zahl</translation>
    </message>
    <message>
        <source>not a finite number</source>
        <translation>keine endliche Zahl</translation>
    </message>
    <message>
        <source>too large for an amount</source>
        <translation>zu groß für einen Betrag</translation>
    </message>
    <message>
        <source>not a positive exchange rate of a sensible size</source>
        <translation>kein positiver Wechselkurs vernünftiger Größe</translation>
    </message>
    <message>
        <source>not a date (YYYY-MM-DD)</source>
        <translation>kein Datum (JJJJ-MM-TT)</translation>
    </message>
    <message>
        <source>not a date and time</source>
        <translation>kein Datum mit Uhrzeit</translation>
    </message>
    <message>
        <source>{name} is not a zip file</source>
        <translation>{name} ist keine ZIP-Datei</translation>
    </message>
    <message>
        <source>a transfer with {count} side(s)</source>
        <translation>eine Umbuchung mit {count} Seite(n)</translation>
    </message>
    <message>
        <source>{count} transfer(s) without sides</source>
        <translation>{count} Umbuchung(en) ohne Seiten</translation>
    </message>
    <message>
        <source>too large to import</source>
        <translation>zu groß zum Importieren</translation>
    </message>
    <message>
        <source>compressed far more than a book&apos;s files can be</source>
        <translation>weit stärker komprimiert, als die Dateien eines Buchs sein können</translation>
    </message>
    <message>
        <source>the zip holds more than a book import takes</source>
        <translation>das ZIP enthält mehr, als ein Buchimport aufnimmt</translation>
    </message>
    <message>
        <source>{name} is not a Permoney book export (no manifest)</source>
        <translation>{name} ist kein Permoney-Buchexport (kein Manifest)</translation>
    </message>
    <message>
        <source>too large for a manifest</source>
        <translation>zu groß für ein Manifest</translation>
    </message>
    <message>
        <source>not JSON text</source>
        <translation>kein JSON-Text</translation>
    </message>
    <message>
        <source>not a Permoney book export</source>
        <translation>kein Permoney-Buchexport</translation>
    </message>
    <message>
        <source>a version this app cannot read (it reads 1 to {book_version})</source>
        <translation>eine Version, die diese App nicht lesen kann (sie liest 1 bis {book_version})</translation>
    </message>
    <message>
        <source>not a currency code the app knows</source>
        <translation>kein Währungscode, den die App kennt</translation>
    </message>
    <message>
        <source>cannot be read from the zip (damaged)</source>
        <translation>lässt sich nicht aus dem ZIP lesen (beschädigt)</translation>
    </message>
    <message>
        <source>holds {found} rows but the manifest says {expected} (truncated?)</source>
        <translation>enthält {found} Zeilen, das Manifest sagt aber {expected} (abgeschnitten?)</translation>
    </message>
    <message>
        <source>not UTF-8 text</source>
        <translation>kein UTF-8-Text</translation>
    </message>
    <message>
        <source>not a well-formed CSV row</source>
        <translation>keine wohlgeformte CSV-Zeile</translation>
    </message>
    <message>
        <source>{count} cells, expected {count2}</source>
        <translation>{count} Zellen, erwartet {count2}</translation>
    </message>
    <message>
        <source>unknown column</source>
        <translation>unbekannte Spalte</translation>
    </message>
    <message>
        <source>a column is named twice</source>
        <translation>eine Spalte ist doppelt benannt</translation>
    </message>
    <message>
        <source>missing column</source>
        <translation>Spalte fehlt</translation>
    </message>
    <message>
        <source>the same value is on another row</source>
        <translation>derselbe Wert steht in einer anderen Zeile</translation>
    </message>
    <message>
        <source>no such row in {target}</source>
        <translation>keine solche Zeile in {target}</translation>
    </message>
    <message>
        <source>only a transfer side has a transfer, and it must</source>
        <translation>nur eine Umbuchungsseite hat eine Umbuchung, und sie muss eine haben</translation>
    </message>
    <message>
        <source>a book key is {key_bytes} bytes, not {count}</source>
        <translation>ein Buchschlüssel hat {key_bytes} Bytes, nicht {count}</translation>
    </message>
    <message>
        <source>a recovery key has 56 letters and digits (14 groups of 4), got {count}</source>
        <translation>ein Wiederherstellungsschlüssel hat 56 Buchstaben und Ziffern (14 Gruppen zu 4), erhalten {count}</translation>
    </message>
    <message>
        <source>a recovery key uses only the letters A-Z and digits 2-7</source>
        <translation>ein Wiederherstellungsschlüssel verwendet nur die Buchstaben A–Z und die Ziffern 2–7</translation>
    </message>
    <message>
        <source>the recovery key has a typo (its checksum does not match)</source>
        <translation>der Wiederherstellungsschlüssel enthält einen Tippfehler (seine Prüfsumme stimmt nicht)</translation>
    </message>
    <message>
        <source>--transactions and --years must be at least 1</source>
        <translation>--transactions und --years müssen mindestens 1 sein</translation>
    </message>
    <message>
        <source>demo data goes into an empty book; this one already has accounts</source>
        <translation>Demodaten kommen in ein leeres Buch; dieses hat schon Konten</translation>
    </message>
    <message>
        <source>{span} of bills, pay and monthly transfers need {needed} entries, {transactions} asked for: ask for at least {needed}, or fewer years</source>
        <translation>{span} mit Rechnungen, Gehalt und monatlichen Umbuchungen brauchen {needed} Buchungen, verlangt wurden {transactions}: verlangen Sie mindestens {needed} oder weniger Jahre</translation>
    </message>
    <message>
        <source>a forecast covers 1 to {max_months} months, got {months}</source>
        <translation>eine Prognose umfasst 1 bis {max_months} Monate, erhalten {months}</translation>
    </message>
    <message>
        <source>account {account_id} no longer exists</source>
        <translation>Konto {account_id} gibt es nicht mehr</translation>
    </message>
    <message>
        <source>account kept changing during {rounds} recomputations</source>
        <translation>das Konto änderte sich während {rounds} Neuberechnungen weiter</translation>
    </message>
    <message>
        <source>a custom period needs both --from and --to</source>
        <translation>ein eigener Zeitraum braucht --from und --to</translation>
    </message>
    <message>
        <source>the range ends ({end}) before it starts ({start})</source>
        <translation>der Zeitraum endet ({end}), bevor er beginnt ({start})</translation>
    </message>
    <message>
        <source>{value} was not opened: the password was refused</source>
        <translation>{value} wurde nicht geöffnet: das Passwort wurde abgelehnt</translation>
    </message>
    <message>
        <source>{value} was not opened: no password was given</source>
        <translation>{value} wurde nicht geöffnet: kein Passwort angegeben</translation>
    </message>
    <message>
        <source>Reset column widths</source>
        <translation>Spaltenbreiten zurücksetzen</translation>
    </message>
    <message>
        <source>{database} on {host}</source>
        <translation>{database} auf {host}</translation>
    </message>
</context>
</TS>
