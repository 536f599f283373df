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
        <source>Warning</source>
        <translation>Warnung</translation>
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
        <source>Import a bank file: CSV, OFX, QFX or QIF (Ctrl+I)</source>
        <translation>Eine Bankdatei importieren: CSV, OFX, QFX oder QIF (Strg+I)</translation>
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
        <translation>Kategorien und Schlagwörter…</translation>
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
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Benutzerhandbuch</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
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
</context>
</TS>
