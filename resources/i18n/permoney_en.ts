<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en_US">
<context>
    <name></name>
    <message numerus="yes">
        <source>%Ln entries</source>
        <translation>
            <numerusform>%Ln entry</numerusform>
            <numerusform>%Ln entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n accounts</source>
        <translation>
            <numerusform>%n account</numerusform>
            <numerusform>%n accounts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Top %n categories</source>
        <translation>
            <numerusform>Top %n category</numerusform>
            <numerusform>Top %n categories</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Posted %n scheduled transactions (Ctrl+Z undoes them)</source>
        <translation>
            <numerusform>Posted %n scheduled transaction (Ctrl+Z undoes it)</numerusform>
            <numerusform>Posted %n scheduled transactions (Ctrl+Z undoes them)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count:,} entries in the file, first rows below.</source>
        <translation>
            <numerusform>{count:,} entry in the file, first rows below.</numerusform>
            <numerusform>{count:,} entries in the file, first rows below.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries in the file</source>
        <translation>
            <numerusform>%Ln entry in the file</numerusform>
            <numerusform>%Ln entries in the file</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Review %Ln possible transfers…</source>
        <translation>
            <numerusform>&amp;Review %Ln possible transfer…</numerusform>
            <numerusform>&amp;Review %Ln possible transfers…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln pairs linked.</source>
        <translation>
            <numerusform>%Ln pair linked.</numerusform>
            <numerusform>%Ln pairs linked.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln pairs rejected.</source>
        <translation>
            <numerusform>%Ln pair rejected.</numerusform>
            <numerusform>%Ln pairs rejected.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) of {book} taken before it was encrypted, including the one just taken, are not encrypted.</source>
        <translation>
            <numerusform>%n backup of {book} taken before it was encrypted, including the one just taken, is not encrypted.</numerusform>
            <numerusform>%n backups of {book} taken before it was encrypted, including the one just taken, are not encrypted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count:,} account(s) being brought up to date</source>
        <translation>
            <numerusform>{count:,} account being brought up to date</numerusform>
            <numerusform>{count:,} accounts being brought up to date</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The last check found %n problem(s): File → Check book integrity… lists them, and Repair rebuilds what can be rebuilt.</source>
        <translation>
            <numerusform>The last check found %n problem: File → Check book integrity… lists it, and Repair rebuilds what can be rebuilt.</numerusform>
            <numerusform>The last check found %n problems: File → Check book integrity… lists them, and Repair rebuilds what can be rebuilt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count:,} transfer(s) linked by the file&apos;s ids.</source>
        <translation>
            <numerusform>{count:,} transfer linked by the file&apos;s ids.</numerusform>
            <numerusform>{count:,} transfers linked by the file&apos;s ids.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count:,} possible transfer(s) to review.</source>
        <translation>
            <numerusform>{count:,} possible transfer to review.</numerusform>
            <numerusform>{count:,} possible transfers to review.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count:,} new entries out of {total:,} in {file}.</source>
        <translation>
            <numerusform>{count:,} new entry out of {total:,} in {file}.</numerusform>
            <numerusform>{count:,} new entries out of {total:,} in {file}.</numerusform>
        </translation>
    </message>
</context>
</TS>
