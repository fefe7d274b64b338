<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
  <context>
    <name>AboutDialog</name>
    <message>
      <source>&amp;Components</source>
      <translation>&amp;Komponenten</translation>
    </message>
    <message>
      <source>&amp;Licence texts</source>
      <translation>&amp;Lizenztexte</translation>
    </message>
    <message>
      <source>&lt;p&gt;A desktop manager for ACME certificates.&lt;/p&gt;</source>
      <translation>&lt;p&gt;Eine Desktop-Verwaltung für ACME-Zertifikate.&lt;/p&gt;</translation>
    </message>
    <message>
      <source>&lt;p&gt;Released under the {licence} licence. certdesk is built on open-source components; their licences are listed below.&lt;/p&gt;</source>
      <translation>&lt;p&gt;Veröffentlicht unter der Lizenz {licence}. certdesk baut auf Open-Source-Komponenten auf; deren Lizenzen sind unten aufgeführt.&lt;/p&gt;</translation>
    </message>
    <message>
      <source>About certdesk</source>
      <translation>Über certdesk</translation>
    </message>
    <message>
      <source>Component</source>
      <translation>Komponente</translation>
    </message>
    <message>
      <source>Components</source>
      <translation>Komponenten</translation>
    </message>
    <message>
      <source>Licence</source>
      <translation>Lizenz</translation>
    </message>
    <message>
      <source>Licence texts</source>
      <translation>Lizenztexte</translation>
    </message>
    <message>
      <source>Loading…</source>
      <translation>Wird geladen …</translation>
    </message>
    <message>
      <source>See the licence texts.</source>
      <translation>Siehe die Lizenztexte.</translation>
    </message>
    <message>
      <source>The component list could not be read: </source>
      <translation>Die Komponentenliste konnte nicht gelesen werden: </translation>
    </message>
    <message>
      <source>Version</source>
      <translation>Version</translation>
    </message>
  </context>
  <context>
    <name>AccountActions</name>
    <message>
      <source>&amp;Agree and register</source>
      <translation>&amp;Zustimmen und registrieren</translation>
    </message>
    <message>
      <source>&amp;Deactivate</source>
      <translation>&amp;Deaktivieren</translation>
    </message>
    <message>
      <source>&amp;Deactivate at the CA…</source>
      <translation>Bei der CA &amp;deaktivieren …</translation>
    </message>
    <message>
      <source>&amp;Remove</source>
      <translation>&amp;Entfernen</translation>
    </message>
    <message>
      <source>&amp;Remove from certdesk…</source>
      <translation>Aus certdesk &amp;entfernen …</translation>
    </message>
    <message>
      <source>&amp;Replace key</source>
      <translation>Schlüssel &amp;ersetzen</translation>
    </message>
    <message>
      <source>Add e&amp;xisting account…</source>
      <translation>&amp;Vorhandenes Konto hinzufügen …</translation>
    </message>
    <message>
      <source>Change the e-mail addresses the CA writes to</source>
      <translation>Die E-Mail-Adressen ändern, an die die CA schreibt</translation>
    </message>
    <message>
      <source>Close the account at the CA for good</source>
      <translation>Das Konto bei der CA endgültig schließen</translation>
    </message>
    <message>
      <source>Contacts saved.</source>
      <translation>Kontakte gespeichert.</translation>
    </message>
    <message>
      <source>Deactivate the account</source>
      <translation>Konto deaktivieren</translation>
    </message>
    <message>
      <source>Deactivate {name} at the CA?</source>
      <translation>{name} bei der CA deaktivieren?</translation>
    </message>
    <message>
      <source>Edit &amp;contacts…</source>
      <translation>&amp;Kontakte bearbeiten …</translation>
    </message>
    <message>
      <source>Forget the account here; the CA keeps it</source>
      <translation>Das Konto hier vergessen; die CA behält es</translation>
    </message>
    <message>
      <source>Give the account a new key at the CA (key rollover)</source>
      <translation>Dem Konto bei der CA einen neuen Schlüssel geben (Schlüsselwechsel)</translation>
    </message>
    <message>
      <source>Give {name} a new key?</source>
      <translation>{name} einen neuen Schlüssel geben?</translation>
    </message>
    <message>
      <source>Register a&amp;gain…</source>
      <translation>Erneut re&amp;gistrieren …</translation>
    </message>
    <message>
      <source>Register the account again</source>
      <translation>Das Konto erneut registrieren</translation>
    </message>
    <message>
      <source>Register this key again, e.g. after the CA forgot the account</source>
      <translation>Diesen Schlüssel erneut registrieren, z. B. nachdem die CA das Konto vergessen hat</translation>
    </message>
    <message>
      <source>Register {name} again with its key?</source>
      <translation>{name} mit seinem Schlüssel erneut registrieren?</translation>
    </message>
    <message>
      <source>Registering again means you agree to the CA's terms of service.</source>
      <translation>Mit der erneuten Registrierung stimmen Sie den Nutzungsbedingungen der CA zu.</translation>
    </message>
    <message>
      <source>Registering again means you agree to the CA's terms of service: {url}</source>
      <translation>Mit der erneuten Registrierung stimmen Sie den Nutzungsbedingungen der CA zu: {url}</translation>
    </message>
    <message>
      <source>Remove the account</source>
      <translation>Konto entfernen</translation>
    </message>
    <message>
      <source>Remove {name} from certdesk?</source>
      <translation>{name} aus certdesk entfernen?</translation>
    </message>
    <message>
      <source>Replace &amp;key…</source>
      <translation>Schlüssel &amp;ersetzen …</translation>
    </message>
    <message>
      <source>Replace the account key</source>
      <translation>Den Kontoschlüssel ersetzen</translation>
    </message>
    <message>
      <source>The account is registered again.</source>
      <translation>Das Konto ist erneut registriert.</translation>
    </message>
    <message>
      <source>The account key was replaced.</source>
      <translation>Der Kontoschlüssel wurde ersetzt.</translation>
    </message>
    <message>
      <source>The account was deactivated.</source>
      <translation>Das Konto wurde deaktiviert.</translation>
    </message>
    <message>
      <source>The account was removed.</source>
      <translation>Das Konto wurde entfernt.</translation>
    </message>
    <message>
      <source>The existing account was added.</source>
      <translation>Das vorhandene Konto wurde hinzugefügt.</translation>
    </message>
    <message>
      <source>This cannot be undone. The CA refuses every further request from this account: no new certificates, no renewals, no revocations with it. Certificates already issued stay valid until they expire.</source>
      <translation>Das kann nicht rückgängig gemacht werden. Die CA lehnt jede weitere Anfrage dieses Kontos ab: keine neuen Zertifikate, keine Erneuerungen, keine Widerrufe damit. Bereits ausgestellte Zertifikate bleiben bis zu ihrem Ablauf gültig.</translation>
    </message>
    <message>
      <source>Use an account you already have, from its key file</source>
      <translation>Ein vorhandenes Konto über seine Schlüsseldatei verwenden</translation>
    </message>
    <message>
      <source>Use this when the CA says it does not know the account (for example after a test CA was reset). If the CA still knows the key, certdesk only updates the account's address.</source>
      <translation>Verwenden Sie dies, wenn die CA das Konto nicht kennt (etwa nachdem eine Test-CA zurückgesetzt wurde). Kennt die CA den Schlüssel noch, aktualisiert certdesk nur die Adresse des Kontos.</translation>
    </message>
    <message>
      <source>Working…</source>
      <translation>In Arbeit …</translation>
    </message>
    <message>
      <source>certdesk forgets the account and deletes its key here. The account stays at the CA (deactivate it first to close it there). Certificates issued with it can then no longer be renewed or revoked here: re-issue them with another account.</source>
      <translation>certdesk vergisst das Konto und löscht hier seinen Schlüssel. Das Konto bleibt bei der CA bestehen (deaktivieren Sie es vorher, um es dort zu schließen). Damit ausgestellte Zertifikate können hier dann nicht mehr erneuert oder widerrufen werden: Stellen Sie sie mit einem anderen Konto neu aus.</translation>
    </message>
    <message>
      <source>certdesk makes a new key and asks the CA to switch to it (RFC 8555 key rollover). The old key stops working; certificates stay valid. Do this when the old key may have been seen by someone else.</source>
      <translation>certdesk erzeugt einen neuen Schlüssel und bittet die CA, zu ihm zu wechseln (Schlüsselwechsel nach RFC 8555). Der alte Schlüssel funktioniert dann nicht mehr; Zertifikate bleiben gültig. Tun Sie das, wenn jemand anderes den alten Schlüssel gesehen haben könnte.</translation>
    </message>
  </context>
  <context>
    <name>AccountDialog</name>
    <message>
      <source>&amp;CA:</source>
      <translation>&amp;CA:</translation>
    </message>
    <message>
      <source>&amp;E-mail:</source>
      <translation>&amp;E-Mail:</translation>
    </message>
    <message>
      <source>&amp;HMAC key:</source>
      <translation>&amp;HMAC-Schlüssel:</translation>
    </message>
    <message>
      <source>Account &amp;key:</source>
      <translation>Konto&amp;schlüssel:</translation>
    </message>
    <message>
      <source>Account key type</source>
      <translation>Typ des Kontoschlüssels</translation>
    </message>
    <message>
      <source>Add an ACME account</source>
      <translation>ACME-Konto hinzufügen</translation>
    </message>
    <message>
      <source>Agree to the terms of service</source>
      <translation>Den Nutzungsbedingungen zustimmen</translation>
    </message>
    <message>
      <source>An account at a certificate authority (CA) is what certdesk uses to ask for certificates. Use a staging CA to try things out: its certificates are not trusted, but nothing counts against limits.</source>
      <translation>Mit einem Konto bei einer Zertifizierungsstelle (CA) fordert certdesk Zertifikate an. Zum Ausprobieren nehmen Sie eine Staging-CA: Ihre Zertifikate sind nicht vertrauenswürdig, dafür zählt nichts gegen Limits.</translation>
    </message>
    <message>
      <source>CA &amp;bundle:</source>
      <translation>CA-&amp;Bündel:</translation>
    </message>
    <message>
      <source>CA bundle</source>
      <translation>CA-Bündel</translation>
    </message>
    <message>
      <source>Certificate authority</source>
      <translation>Zertifizierungsstelle</translation>
    </message>
    <message>
      <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
      <translation>Zertifikate (*.pem *.crt *.cer);;Alle Dateien (*)</translation>
    </message>
    <message>
      <source>Check &amp;again</source>
      <translation>&amp;Erneut prüfen</translation>
    </message>
    <message>
      <source>Choose the CA's root certificate</source>
      <translation>Stammzertifikat der CA wählen</translation>
    </message>
    <message>
      <source>Contact e-mail addresses</source>
      <translation>Kontakt-E-Mail-Adressen</translation>
    </message>
    <message>
      <source>Contact the CA again</source>
      <translation>Die CA erneut kontaktieren</translation>
    </message>
    <message>
      <source>Contacting the CA…</source>
      <translation>Verbindung zur CA …</translation>
    </message>
    <message>
      <source>Create account</source>
      <translation>Konto anlegen</translation>
    </message>
    <message>
      <source>Directory URL</source>
      <translation>Verzeichnis-URL</translation>
    </message>
    <message>
      <source>Directory URL:</source>
      <translation>Verzeichnis-URL:</translation>
    </message>
    <message>
      <source>EAB HMAC key</source>
      <translation>EAB-HMAC-Schlüssel</translation>
    </message>
    <message>
      <source>EAB key ID</source>
      <translation>EAB-Schlüssel-ID</translation>
    </message>
    <message>
      <source>Enter the URL below</source>
      <translation>URL unten eingeben</translation>
    </message>
    <message>
      <source>External account binding</source>
      <translation>Externe Kontobindung</translation>
    </message>
    <message>
      <source>External account binding (EAB)</source>
      <translation>Externe Kontobindung (EAB)</translation>
    </message>
    <message>
      <source>I &amp;agree to the CA's terms of service</source>
      <translation>Ich &amp;stimme den Nutzungsbedingungen der CA zu</translation>
    </message>
    <message>
      <source>Key &amp;ID:</source>
      <translation>Schlüssel-&amp;ID:</translation>
    </message>
    <message>
      <source>Only for a private CA (step-ca, Vault)</source>
      <translation>Nur für eine private CA (step-ca, Vault)</translation>
    </message>
    <message>
      <source>Read the CA's directory again (e.g. after fixing the network or the CA bundle)</source>
      <translation>Das Verzeichnis der CA erneut lesen (z. B. nachdem das Netzwerk oder das CA-Bündel korrigiert wurde)</translation>
    </message>
    <message>
      <source>Registering the account at the CA…</source>
      <translation>Das Konto wird bei der CA registriert …</translation>
    </message>
    <message>
      <source>Some CAs require it; your CA gives you a key ID and an HMAC key.</source>
      <translation>Manche CAs verlangen es; Ihre CA gibt Ihnen eine Schlüssel-ID und einen HMAC-Schlüssel.</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>Terms of service: {link}</source>
      <translation>Nutzungsbedingungen: {link}</translation>
    </message>
    <message>
      <source>The root certificate that signed your private ACME server's TLS certificate (PEM).</source>
      <translation>Das Stammzertifikat, das das TLS-Zertifikat Ihres privaten ACME-Servers signiert hat (PEM).</translation>
    </message>
    <message>
      <source>This CA needs an EAB key ID and HMAC key.</source>
      <translation>Diese CA braucht eine EAB-Schlüssel-ID und einen HMAC-Schlüssel.</translation>
    </message>
    <message>
      <source>Working</source>
      <translation>In Arbeit</translation>
    </message>
    <message>
      <source>admin@example.com (optional, for the CA's notices)</source>
      <translation>admin@example.com (optional, für Hinweise der CA)</translation>
    </message>
    <message>
      <source>{name} (staging — for testing)</source>
      <translation>{name} (Staging – zum Testen)</translation>
    </message>
  </context>
  <context>
    <name>AccountModel</name>
    <message>
      <source>Active</source>
      <translation>Aktiv</translation>
    </message>
    <message>
      <source>CA directory</source>
      <translation>CA-Verzeichnis</translation>
    </message>
    <message>
      <source>Contacts</source>
      <translation>Kontakte</translation>
    </message>
    <message>
      <source>Created</source>
      <translation>Angelegt</translation>
    </message>
    <message>
      <source>Deactivated</source>
      <translation>Deaktiviert</translation>
    </message>
    <message>
      <source>Key</source>
      <translation>Schlüssel</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <source>Revoked by the CA</source>
      <translation>Von der CA widerrufen</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>Unknown</source>
      <translation>Unbekannt</translation>
    </message>
  </context>
  <context>
    <name>AccountPage</name>
    <message>
      <source>&amp;Add account…</source>
      <translation>Konto &amp;hinzufügen …</translation>
    </message>
    <message>
      <source>&amp;Label:</source>
      <translation>&amp;Bezeichnung:</translation>
    </message>
    <message>
      <source>&amp;Profile:</source>
      <translation>&amp;Profil:</translation>
    </message>
    <message>
      <source>&amp;Renew automatically before it expires</source>
      <translation>Vor dem Ablauf automatisch &amp;erneuern</translation>
    </message>
    <message>
      <source>(CA default)</source>
      <translation>(Vorgabe der CA)</translation>
    </message>
    <message>
      <source>A&amp;ccount:</source>
      <translation>&amp;Konto:</translation>
    </message>
    <message>
      <source>ACME account</source>
      <translation>ACME-Konto</translation>
    </message>
    <message>
      <source>Account, profile and chain</source>
      <translation>Konto, Profil und Kette</translation>
    </message>
    <message>
      <source>Add an ACME account</source>
      <translation>ACME-Konto hinzufügen</translation>
    </message>
    <message>
      <source>CA default (e.g. ISRG Root X1)</source>
      <translation>Vorgabe der CA (z. B. ISRG Root X1)</translation>
    </message>
    <message>
      <source>Certificate profile</source>
      <translation>Zertifikatsprofil</translation>
    </message>
    <message>
      <source>Could not ask the CA for its profiles ({what}); you can still type a profile name or use the CA's default.</source>
      <translation>Die CA konnte nicht nach ihren Profilen gefragt werden ({what}); Sie können trotzdem einen Profilnamen eingeben oder die Vorgabe der CA verwenden.</translation>
    </message>
    <message>
      <source>Label</source>
      <translation>Bezeichnung</translation>
    </message>
    <message>
      <source>Preferred &amp;chain:</source>
      <translation>Bevorzugte Ke&amp;tte:</translation>
    </message>
    <message>
      <source>Preferred chain</source>
      <translation>Bevorzugte Kette</translation>
    </message>
    <message>
      <source>Renew automatically</source>
      <translation>Automatisch erneuern</translation>
    </message>
    <message>
      <source>The ACME account that asks for the certificate. The defaults suit almost everyone.</source>
      <translation>Das ACME-Konto, das das Zertifikat anfordert. Die Vorgaben passen für fast alle.</translation>
    </message>
    <message>
      <source>This CA has no profiles to choose.</source>
      <translation>Diese CA bietet keine Profile zur Auswahl.</translation>
    </message>
    <message numerus="yes">
      <source>This CA offers %n profile(s).</source>
      <translation>
        <numerusform>Diese CA bietet %n Profil.</numerusform>
        <numerusform>Diese CA bietet %n Profile.</numerusform>
      </translation>
    </message>
    <message>
      <source>the first name</source>
      <translation>der erste Name</translation>
    </message>
  </context>
  <context>
    <name>ActivityActions</name>
    <message>
      <source>&amp;Copy</source>
      <translation>&amp;Kopieren</translation>
    </message>
    <message>
      <source>&amp;Show certificate</source>
      <translation>Zertifikat &amp;zeigen</translation>
    </message>
    <message>
      <source>Select the certificate this entry is about</source>
      <translation>Das Zertifikat wählen, um das es in diesem Eintrag geht</translation>
    </message>
  </context>
  <context>
    <name>AttentionModel</name>
    <message>
      <source>Certificate</source>
      <translation>Zertifikat</translation>
    </message>
    <message>
      <source>Critical</source>
      <translation>Kritisch</translation>
    </message>
    <message>
      <source>Deployment failed</source>
      <translation>Ausrollen fehlgeschlagen</translation>
    </message>
    <message>
      <source>Endpoint</source>
      <translation>Endpunkt</translation>
    </message>
    <message>
      <source>Expired</source>
      <translation>Abgelaufen</translation>
    </message>
    <message>
      <source>Expiring</source>
      <translation>Läuft bald ab</translation>
    </message>
    <message>
      <source>Needs you</source>
      <translation>Braucht Sie</translation>
    </message>
    <message>
      <source>Notification not sent</source>
      <translation>Benachrichtigung nicht gesendet</translation>
    </message>
    <message>
      <source>OK</source>
      <translation>OK</translation>
    </message>
    <message>
      <source>Order failed</source>
      <translation>Auftrag fehlgeschlagen</translation>
    </message>
    <message>
      <source>Problem</source>
      <translation>Problem</translation>
    </message>
    <message>
      <source>Renewal failed</source>
      <translation>Erneuerung fehlgeschlagen</translation>
    </message>
    <message>
      <source>Severity</source>
      <translation>Schwere</translation>
    </message>
    <message>
      <source>Since</source>
      <translation>Seit</translation>
    </message>
    <message>
      <source>Warning</source>
      <translation>Warnung</translation>
    </message>
    <message>
      <source>What happened</source>
      <translation>Was geschah</translation>
    </message>
    <message>
      <source>What to do</source>
      <translation>Was zu tun ist</translation>
    </message>
  </context>
  <context>
    <name>AttentionView</name>
    <message>
      <source>&amp;Open</source>
      <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
      <source>About this list</source>
      <translation>Zu dieser Liste</translation>
    </message>
    <message>
      <source>Attention</source>
      <translation>Achtung</translation>
    </message>
    <message>
      <source>Certificates that expire soon, renewals that failed, manual DNS steps and servers that still serve an old certificate are listed here, worst first. The list is kept even where your system shows no notifications.</source>
      <translation>Hier stehen bald ablaufende Zertifikate, fehlgeschlagene Erneuerungen, manuelle DNS-Schritte und Server, die noch ein altes Zertifikat ausliefern – das Dringendste zuerst. Die Liste gibt es auch dort, wo Ihr System keine Benachrichtigungen zeigt.</translation>
    </message>
    <message>
      <source>Check &amp;again</source>
      <translation>&amp;Erneut prüfen</translation>
    </message>
    <message>
      <source>Check again</source>
      <translation>Erneut prüfen</translation>
    </message>
    <message>
      <source>Could not compute the list: {error}</source>
      <translation>Die Liste konnte nicht berechnet werden: {error}</translation>
    </message>
    <message>
      <source>Last updated</source>
      <translation>Zuletzt aktualisiert</translation>
    </message>
    <message>
      <source>Nothing needs your attention</source>
      <translation>Nichts braucht Ihre Aufmerksamkeit</translation>
    </message>
    <message>
      <source>Open the certificate, or continue its manual step (Enter or double-click does the same)</source>
      <translation>Das Zertifikat öffnen oder seinen manuellen Schritt fortsetzen (Eingabetaste oder Doppelklick tun dasselbe)</translation>
    </message>
    <message>
      <source>Open the selected item</source>
      <translation>Den gewählten Eintrag öffnen</translation>
    </message>
    <message>
      <source>Recompute what needs attention now</source>
      <translation>Jetzt neu berechnen, was Aufmerksamkeit braucht</translation>
    </message>
    <message>
      <source>Search what needs attention</source>
      <translation>Durchsuchen, was Aufmerksamkeit braucht</translation>
    </message>
    <message>
      <source>Selected item</source>
      <translation>Gewählter Eintrag</translation>
    </message>
    <message>
      <source>Updated at {time}</source>
      <translation>Aktualisiert um {time}</translation>
    </message>
    <message>
      <source>What needs you, worst first. This system shows no notifications from certdesk, so reminders, failed renewals and endpoint warnings appear only here, in the tray menu and in the activity log.</source>
      <translation>Was Sie braucht, das Dringendste zuerst. Dieses System zeigt keine Benachrichtigungen von certdesk, daher erscheinen Erinnerungen, fehlgeschlagene Erneuerungen und Warnungen zu Endpunkten nur hier, im Menü des Infobereichs und im Verlauf.</translation>
    </message>
    <message>
      <source>What needs you, worst first. certdesk also tells you through notifications from the tray.</source>
      <translation>Was Sie braucht, das Dringendste zuerst. certdesk meldet es auch über Benachrichtigungen aus dem Infobereich.</translation>
    </message>
  </context>
  <context>
    <name>BackupDialog</name>
    <message numerus="yes">
      <source>%n account(s)</source>
      <translation>
        <numerusform>%n Konto</numerusform>
        <numerusform>%n Konten</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n certificate(s)</source>
      <translation>
        <numerusform>%n Zertifikat</numerusform>
        <numerusform>%n Zertifikate</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n encrypted secret(s)</source>
      <translation>
        <numerusform>%n verschlüsseltes Geheimnis</numerusform>
        <numerusform>%n verschlüsselte Geheimnisse</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n export target(s)</source>
      <translation>
        <numerusform>%n Exportziel</numerusform>
        <numerusform>%n Exportziele</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n version(s)</source>
      <translation>
        <numerusform>%n Version</numerusform>
        <numerusform>%n Versionen</numerusform>
      </translation>
    </message>
    <message>
      <source>&amp;Back up</source>
      <translation>&amp;Sichern</translation>
    </message>
    <message>
      <source>&amp;Browse…</source>
      <translation>&amp;Durchsuchen …</translation>
    </message>
    <message>
      <source>&amp;Save to:</source>
      <translation>&amp;Speichern unter:</translation>
    </message>
    <message>
      <source>Back up</source>
      <translation>Sichern</translation>
    </message>
    <message>
      <source>Back up certdesk</source>
      <translation>certdesk sichern</translation>
    </message>
    <message>
      <source>Backup file</source>
      <translation>Sicherungsdatei</translation>
    </message>
    <message>
      <source>Choose where to save the backup</source>
      <translation>Speicherort der Sicherung wählen</translation>
    </message>
    <message>
      <source>Choose where to save the backup.</source>
      <translation>Wählen Sie, wo die Sicherung gespeichert wird.</translation>
    </message>
    <message>
      <source>Encrypting and writing the backup…</source>
      <translation>Sicherung wird verschlüsselt und geschrieben …</translation>
    </message>
    <message>
      <source>Keep the passphrase safe: without it the backup cannot be restored.</source>
      <translation>Bewahren Sie die Passphrase sicher auf: Ohne sie lässt sich die Sicherung nicht wiederherstellen.</translation>
    </message>
    <message>
      <source>Save the backup</source>
      <translation>Sicherung speichern</translation>
    </message>
    <message>
      <source>Saves everything into one file encrypted with a passphrase: ACME accounts and their keys, certificates and their keys, settings, DNS credentials and export targets. Restore it on this or another computer with File ▸ Restore…</source>
      <translation>Sichert alles in eine mit einer Passphrase verschlüsselte Datei: ACME-Konten und ihre Schlüssel, Zertifikate und ihre Schlüssel, Einstellungen, DNS-Zugangsdaten und Exportziele. Wiederherstellen können Sie sie auf diesem oder einem anderen Computer mit Datei ▸ Wiederherstellen …</translation>
    </message>
    <message>
      <source>The backup was written.</source>
      <translation>Die Sicherung wurde geschrieben.</translation>
    </message>
    <message>
      <source>certdesk backups (*{suffix});;All files (*)</source>
      <translation>certdesk-Sicherungen (*{suffix});;Alle Dateien (*)</translation>
    </message>
    <message>
      <source>where to save the backup</source>
      <translation>wo die Sicherung gespeichert wird</translation>
    </message>
    <message>
      <source>{accounts}, {certificates} with {versions}, {targets} and {secrets}</source>
      <translation>{accounts}, {certificates} mit {versions}, {targets} und {secrets}</translation>
    </message>
  </context>
  <context>
    <name>CertificateActions</name>
    <message>
      <source> It stays valid at the CA until it expires; revoke it first if its key may be compromised.</source>
      <translation> Es bleibt bei der CA gültig, bis es abläuft; widerrufen Sie es vorher, falls sein Schlüssel kompromittiert sein könnte.</translation>
    </message>
    <message>
      <source>&amp;Remove</source>
      <translation>&amp;Entfernen</translation>
    </message>
    <message>
      <source>Delete the certificate and its keys from certdesk</source>
      <translation>Das Zertifikat und seine Schlüssel aus certdesk löschen</translation>
    </message>
    <message>
      <source>Get the certificate again with other names or another key</source>
      <translation>Das Zertifikat mit anderen Namen oder einem anderen Schlüssel neu ausstellen lassen</translation>
    </message>
    <message>
      <source>Re-&amp;issue…</source>
      <translation>Neu &amp;ausstellen …</translation>
    </message>
    <message>
      <source>Remo&amp;ve…</source>
      <translation>&amp;Entfernen …</translation>
    </message>
    <message>
      <source>Remove the certificate</source>
      <translation>Zertifikat entfernen</translation>
    </message>
    <message>
      <source>Remove {label} and its private keys?</source>
      <translation>{label} und seine privaten Schlüssel entfernen?</translation>
    </message>
    <message>
      <source>Renewal se&amp;ttings…</source>
      <translation>Erneuerungs&amp;einstellungen …</translation>
    </message>
    <message>
      <source>Settings saved.</source>
      <translation>Einstellungen gespeichert.</translation>
    </message>
    <message>
      <source>The certificate was removed.</source>
      <translation>Das Zertifikat wurde entfernt.</translation>
    </message>
    <message>
      <source>Validation method and automatic renewal of the selected certificate</source>
      <translation>Validierungsmethode und automatische Erneuerung des gewählten Zertifikats</translation>
    </message>
    <message>
      <source>certdesk deletes the certificate, all its earlier versions and their private keys, and stops renewing it. Files you exported stay where they are. This cannot be undone.</source>
      <translation>certdesk löscht das Zertifikat, alle früheren Versionen und deren private Schlüssel und erneuert es nicht mehr. Exportierte Dateien bleiben, wo sie sind. Das kann nicht rückgängig gemacht werden.</translation>
    </message>
  </context>
  <context>
    <name>CertificateModel</name>
    <message>
      <source>Active</source>
      <translation>Aktiv</translation>
    </message>
    <message>
      <source>Auto-renew</source>
      <translation>Automatisch erneuern</translation>
    </message>
    <message>
      <source>CA</source>
      <translation>CA</translation>
    </message>
    <message>
      <source>Due for renewal.</source>
      <translation>Zur Erneuerung fällig.</translation>
    </message>
    <message>
      <source>Expired: renew it now.</source>
      <translation>Abgelaufen: jetzt erneuern.</translation>
    </message>
    <message>
      <source>Expires</source>
      <translation>Läuft ab</translation>
    </message>
    <message>
      <source>Expires very soon: renew it now.</source>
      <translation>Läuft sehr bald ab: jetzt erneuern.</translation>
    </message>
    <message>
      <source>Failed</source>
      <translation>Fehlgeschlagen</translation>
    </message>
    <message>
      <source>Imported</source>
      <translation>Importiert</translation>
    </message>
    <message>
      <source>Names</source>
      <translation>Namen</translation>
    </message>
    <message>
      <source>No certificate has been issued yet.</source>
      <translation>Es wurde noch kein Zertifikat ausgestellt.</translation>
    </message>
    <message>
      <source>Pending</source>
      <translation>Offen</translation>
    </message>
    <message>
      <source>Revoked</source>
      <translation>Widerrufen</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>Valid.</source>
      <translation>Gültig.</translation>
    </message>
    <message>
      <source>Validation</source>
      <translation>Validierung</translation>
    </message>
    <message>
      <source>no</source>
      <translation>nein</translation>
    </message>
    <message>
      <source>not issued</source>
      <translation>nicht ausgestellt</translation>
    </message>
    <message>
      <source>yes</source>
      <translation>ja</translation>
    </message>
    <message>
      <source>{date} (expired {n} d ago)</source>
      <translation>{date} (vor {n} T abgelaufen)</translation>
    </message>
    <message>
      <source>{date} ({n} d left)</source>
      <translation>{date} (noch {n} T)</translation>
    </message>
  </context>
  <context>
    <name>CertificateSettingsDialog</name>
    <message>
      <source>&amp;Validation:</source>
      <translation>&amp;Validierung:</translation>
    </message>
    <message>
      <source>Built-in TLS server (TLS-ALPN)</source>
      <translation>Eingebauter TLS-Server (TLS-ALPN)</translation>
    </message>
    <message>
      <source>Built-in web server (HTTP)</source>
      <translation>Eingebauter Webserver (HTTP)</translation>
    </message>
    <message>
      <source>DNS hook command</source>
      <translation>DNS-Hook-Befehl</translation>
    </message>
    <message>
      <source>DNS provider API</source>
      <translation>API des DNS-Anbieters</translation>
    </message>
    <message>
      <source>DNS record, created by hand</source>
      <translation>DNS-Eintrag, von Hand angelegt</translation>
    </message>
    <message>
      <source>Existing web server (webroot)</source>
      <translation>Vorhandener Webserver (Webroot)</translation>
    </message>
    <message>
      <source>Renew &amp;automatically</source>
      <translation>&amp;Automatisch erneuern</translation>
    </message>
    <message>
      <source>Renew automatically</source>
      <translation>Automatisch erneuern</translation>
    </message>
    <message>
      <source>Renewal settings of {label}</source>
      <translation>Erneuerungseinstellungen von {label}</translation>
    </message>
    <message>
      <source>These names keep their own method: {names}</source>
      <translation>Diese Namen behalten ihre eigene Methode: {names}</translation>
    </message>
    <message>
      <source>These settings apply from the next renewal on; the current certificate stays as it is. To change the names or the key, use “Re-issue…”.</source>
      <translation>Diese Einstellungen gelten ab der nächsten Erneuerung; das aktuelle Zertifikat bleibt, wie es ist. Um die Namen oder den Schlüssel zu ändern, verwenden Sie „Neu ausstellen …“.</translation>
    </message>
    <message>
      <source>Validation method</source>
      <translation>Validierungsmethode</translation>
    </message>
    <message>
      <source>Web file, uploaded by hand</source>
      <translation>Web-Datei, von Hand hochgeladen</translation>
    </message>
  </context>
  <context>
    <name>ContactsDialog</name>
    <message>
      <source>&amp;E-mail addresses:</source>
      <translation>&amp;E-Mail-Adressen:</translation>
    </message>
    <message>
      <source>&amp;Save at the CA</source>
      <translation>Bei der CA &amp;speichern</translation>
    </message>
    <message>
      <source>Contact e-mail addresses</source>
      <translation>Kontakt-E-Mail-Adressen</translation>
    </message>
    <message>
      <source>Contacts of {name}</source>
      <translation>Kontakte von {name}</translation>
    </message>
    <message>
      <source>The CA sends notices about this account (expiry, policy changes) to these addresses. Leave it empty to get none.</source>
      <translation>Die CA schickt Hinweise zu diesem Konto (Ablauf, Richtlinienänderungen) an diese Adressen. Leer lassen, um keine zu erhalten.</translation>
    </message>
  </context>
  <context>
    <name>CrashReporter</name>
    <message>
      <source>No log file could be written.</source>
      <translation>Es konnte keine Protokolldatei geschrieben werden.</translation>
    </message>
    <message>
      <source>The details are also in the log file {path}.</source>
      <translation>Die Details stehen auch in der Protokolldatei {path}.</translation>
    </message>
    <message>
      <source>This is a bug in certdesk. Please report it with the details below.</source>
      <translation>Das ist ein Fehler in certdesk. Bitte melden Sie ihn mit den Details unten.</translation>
    </message>
    <message>
      <source>Unexpected error</source>
      <translation>Unerwarteter Fehler</translation>
    </message>
    <message>
      <source>certdesk</source>
      <translation>certdesk</translation>
    </message>
  </context>
  <context>
    <name>CredentialsPanel</name>
    <message>
      <source>&amp;Name:</source>
      <translation>&amp;Name:</translation>
    </message>
    <message>
      <source>&amp;Provider:</source>
      <translation>&amp;Anbieter:</translation>
    </message>
    <message>
      <source>&amp;Remove</source>
      <translation>&amp;Entfernen</translation>
    </message>
    <message>
      <source>&amp;Save credentials</source>
      <translation>Zugangsdaten &amp;speichern</translation>
    </message>
    <message>
      <source>&amp;Test credentials</source>
      <translation>Zugangsdaten &amp;testen</translation>
    </message>
    <message>
      <source>Add credentials</source>
      <translation>Zugangsdaten hinzufügen</translation>
    </message>
    <message>
      <source>Credentials name</source>
      <translation>Name der Zugangsdaten</translation>
    </message>
    <message>
      <source>DNS credentials</source>
      <translation>DNS-Zugangsdaten</translation>
    </message>
    <message>
      <source>DNS provider</source>
      <translation>DNS-Anbieter</translation>
    </message>
    <message>
      <source>Remove the selected credentials</source>
      <translation>Die gewählten Zugangsdaten entfernen</translation>
    </message>
    <message>
      <source>Save credentials</source>
      <translation>Zugangsdaten speichern</translation>
    </message>
    <message>
      <source>Saved DNS credentials</source>
      <translation>Gespeicherte DNS-Zugangsdaten</translation>
    </message>
    <message>
      <source>Saved credentials (values are stored encrypted):</source>
      <translation>Gespeicherte Zugangsdaten (die Werte sind verschlüsselt gespeichert):</translation>
    </message>
    <message>
      <source>Test the selected credentials</source>
      <translation>Die gewählten Zugangsdaten testen</translation>
    </message>
    <message>
      <source>e.g. cloudflare-main</source>
      <translation>z. B. cloudflare-main</translation>
    </message>
    <message>
      <source>optional</source>
      <translation>optional</translation>
    </message>
    <message>
      <source>required</source>
      <translation>erforderlich</translation>
    </message>
  </context>
  <context>
    <name>DeploymentDialog</name>
    <message>
      <source> s</source>
      <translation> s</translation>
    </message>
    <message>
      <source>&amp;Check now</source>
      <translation>&amp;Jetzt prüfen</translation>
    </message>
    <message>
      <source>&amp;Dry run</source>
      <translation>&amp;Probelauf</translation>
    </message>
    <message>
      <source>&amp;Endpoint:</source>
      <translation>&amp;Endpunkt:</translation>
    </message>
    <message>
      <source>&amp;Preset:</source>
      <translation>&amp;Vorlage:</translation>
    </message>
    <message>
      <source>&amp;Server name:</source>
      <translation>&amp;Servername:</translation>
    </message>
    <message>
      <source>&amp;Within:</source>
      <translation>&amp;Innerhalb:</translation>
    </message>
    <message>
      <source>After the files are written (Windows)</source>
      <translation>Nachdem die Dateien geschrieben sind (Windows)</translation>
    </message>
    <message>
      <source>Changes, in order:</source>
      <translation>Änderungen, der Reihe nach:</translation>
    </message>
    <message>
      <source>Check that the new certificate is served</source>
      <translation>Prüfen, ob das neue Zertifikat ausgeliefert wird</translation>
    </message>
    <message>
      <source>Check the endpoint now</source>
      <translation>Den Endpunkt jetzt prüfen</translation>
    </message>
    <message>
      <source>Checking {endpoint}…</source>
      <translation>{endpoint} wird geprüft …</translation>
    </message>
    <message>
      <source>Deployment of {folder}</source>
      <translation>Ausrollen von {folder}</translation>
    </message>
    <message>
      <source>Deployment preset</source>
      <translation>Vorlage für das Ausrollen</translation>
    </message>
    <message>
      <source>Dry run and check results</source>
      <translation>Ergebnisse von Probelauf und Prüfung</translation>
    </message>
    <message>
      <source>Endpoint</source>
      <translation>Endpunkt</translation>
    </message>
    <message>
      <source>IMAP STARTTLS (143)</source>
      <translation>IMAP STARTTLS (143)</translation>
    </message>
    <message>
      <source>It will: {changes}.
{elevation}</source>
      <translation>Es wird: {changes}.
{elevation}</translation>
    </message>
    <message>
      <source>Last check: {status}: {message}</source>
      <translation>Letzte Prüfung: {status}: {message}</translation>
    </message>
    <message>
      <source>Nothing more</source>
      <translation>Nichts weiter</translation>
    </message>
    <message>
      <source>Only the files (and the target's command, if any).</source>
      <translation>Nur die Dateien (und der Befehl des Ziels, falls vorhanden).</translation>
    </message>
    <message>
      <source>S&amp;TARTTLS:</source>
      <translation>S&amp;TARTTLS:</translation>
    </message>
    <message>
      <source>SMTP STARTTLS (25, 587)</source>
      <translation>SMTP STARTTLS (25, 587)</translation>
    </message>
    <message>
      <source>STARTTLS</source>
      <translation>STARTTLS</translation>
    </message>
    <message>
      <source>Seconds the deploy may take</source>
      <translation>Sekunden, die das Ausrollen dauern darf</translation>
    </message>
    <message>
      <source>Server name (SNI)</source>
      <translation>Servername (SNI)</translation>
    </message>
    <message>
      <source>Show what the preset would change</source>
      <translation>Zeigen, was die Vorlage ändern würde</translation>
    </message>
    <message>
      <source>TLS from the start</source>
      <translation>TLS von Anfang an</translation>
    </message>
    <message>
      <source>The script's own dry run runs only on Windows.</source>
      <translation>Der eigene Probelauf des Skripts läuft nur unter Windows.</translation>
    </message>
    <message>
      <source>What the preset changes</source>
      <translation>Was die Vorlage ändert</translation>
    </message>
    <message>
      <source>Would run:</source>
      <translation>Würde ausführen:</translation>
    </message>
    <message>
      <source>default: the host</source>
      <translation>Vorgabe: der Host</translation>
    </message>
    <message>
      <source>host:port, e.g. www.example.com:443 (empty: no check)</source>
      <translation>Host:Port, z. B. www.example.com:443 (leer: keine Prüfung)</translation>
    </message>
  </context>
  <context>
    <name>DetailsPane</name>
    <message>
      <source>(empty: the names are in the certificate's subject alternative names)</source>
      <translation>(leer: die Namen stehen in den alternativen Namen des Zertifikats)</translation>
    </message>
    <message>
      <source>CA default</source>
      <translation>Vorgabe der CA</translation>
    </message>
    <message>
      <source>Certificate details</source>
      <translation>Zertifikatsdetails</translation>
    </message>
    <message numerus="yes">
      <source>Expired %n day(s) ago</source>
      <translation>
        <numerusform>Vor %n Tag abgelaufen</numerusform>
        <numerusform>Vor %n Tagen abgelaufen</numerusform>
      </translation>
    </message>
    <message>
      <source>History</source>
      <translation>Verlauf</translation>
    </message>
    <message>
      <source>Issuer chain</source>
      <translation>Ausstellerkette</translation>
    </message>
    <message>
      <source>Key</source>
      <translation>Schlüssel</translation>
    </message>
    <message>
      <source>Names</source>
      <translation>Namen</translation>
    </message>
    <message>
      <source>Next renewal</source>
      <translation>Nächste Erneuerung</translation>
    </message>
    <message>
      <source>Profile</source>
      <translation>Profil</translation>
    </message>
    <message>
      <source>Renewal window</source>
      <translation>Erneuerungsfenster</translation>
    </message>
    <message>
      <source>SHA-1</source>
      <translation>SHA-1</translation>
    </message>
    <message>
      <source>SHA-256</source>
      <translation>SHA-256</translation>
    </message>
    <message>
      <source>Select a certificate to see its details.</source>
      <translation>Wählen Sie ein Zertifikat, um seine Details zu sehen.</translation>
    </message>
    <message>
      <source>Serial</source>
      <translation>Seriennummer</translation>
    </message>
    <message>
      <source>Subject</source>
      <translation>Inhaber</translation>
    </message>
    <message>
      <source>Timeline</source>
      <translation>Zeitleiste</translation>
    </message>
    <message>
      <source>Valid</source>
      <translation>Gültig</translation>
    </message>
    <message>
      <source>Validation</source>
      <translation>Validierung</translation>
    </message>
    <message>
      <source>Validity period used</source>
      <translation>Verbrauchte Gültigkeitsdauer</translation>
    </message>
    <message>
      <source>automatic renewal is off</source>
      <translation>automatische Erneuerung ist aus</translation>
    </message>
    <message>
      <source>not provided by the CA</source>
      <translation>von der CA nicht angegeben</translation>
    </message>
    <message numerus="yes">
      <source>{p}% of the lifetime used — %n day(s) left</source>
      <translation>
        <numerusform>{p} % der Laufzeit verbraucht – noch %n Tag</numerusform>
        <numerusform>{p} % der Laufzeit verbraucht – noch %n Tage</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>DonePage</name>
    <message>
      <source>&amp;More formats…</source>
      <translation>&amp;Weitere Formate …</translation>
    </message>
    <message>
      <source>&lt;b&gt;Files written:&lt;/b&gt;</source>
      <translation>&lt;b&gt;Geschriebene Dateien:&lt;/b&gt;</translation>
    </message>
    <message>
      <source>&lt;b&gt;{label}&lt;/b&gt; for {names}</source>
      <translation>&lt;b&gt;{label}&lt;/b&gt; für {names}</translation>
    </message>
    <message>
      <source>Automatic renewal is off.</source>
      <translation>Die automatische Erneuerung ist aus.</translation>
    </message>
    <message>
      <source>Certificate summary</source>
      <translation>Zusammenfassung des Zertifikats</translation>
    </message>
    <message>
      <source>Export &amp;PEM files…</source>
      <translation>&amp;PEM-Dateien exportieren …</translation>
    </message>
    <message>
      <source>Export P&amp;FX…</source>
      <translation>P&amp;FX exportieren …</translation>
    </message>
    <message>
      <source>Exported files</source>
      <translation>Exportierte Dateien</translation>
    </message>
    <message>
      <source>The certificate and its key are stored (encrypted) in {home}. Export them to use them on a server.</source>
      <translation>Das Zertifikat und sein Schlüssel sind (verschlüsselt) in {home} gespeichert. Exportieren Sie sie, um sie auf einem Server zu verwenden.</translation>
    </message>
    <message>
      <source>Valid until {date}.</source>
      <translation>Gültig bis {date}.</translation>
    </message>
    <message>
      <source>Your certificate is ready</source>
      <translation>Ihr Zertifikat ist fertig</translation>
    </message>
    <message>
      <source>certdesk renews it automatically around {date}.</source>
      <translation>certdesk erneuert es automatisch um den {date}.</translation>
    </message>
  </context>
  <context>
    <name>EndpointModel</name>
    <message>
      <source>(the host)</source>
      <translation>(der Host)</translation>
    </message>
    <message>
      <source>Address</source>
      <translation>Adresse</translation>
    </message>
    <message>
      <source>Details</source>
      <translation>Details</translation>
    </message>
    <message>
      <source>Expired</source>
      <translation>Abgelaufen</translation>
    </message>
    <message>
      <source>Expiring</source>
      <translation>Läuft bald ab</translation>
    </message>
    <message>
      <source>Last checked</source>
      <translation>Zuletzt geprüft</translation>
    </message>
    <message>
      <source>Not checked yet</source>
      <translation>Noch nicht geprüft</translation>
    </message>
    <message>
      <source>Not issued by certdesk</source>
      <translation>Nicht von certdesk ausgestellt</translation>
    </message>
    <message>
      <source>OK</source>
      <translation>OK</translation>
    </message>
    <message>
      <source>Old certificate</source>
      <translation>Altes Zertifikat</translation>
    </message>
    <message>
      <source>Server name (SNI)</source>
      <translation>Servername (SNI)</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>Unreachable</source>
      <translation>Nicht erreichbar</translation>
    </message>
    <message>
      <source>Wrong certificate</source>
      <translation>Falsches Zertifikat</translation>
    </message>
  </context>
  <context>
    <name>EndpointsDialog</name>
    <message numerus="yes">
      <source>%n endpoint(s)</source>
      <translation>
        <numerusform>%n Endpunkt</numerusform>
        <numerusform>%n Endpunkte</numerusform>
      </translation>
    </message>
    <message>
      <source>&amp;Add</source>
      <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
      <source>&amp;Check now</source>
      <translation>&amp;Jetzt prüfen</translation>
    </message>
    <message>
      <source>&amp;Remove</source>
      <translation>&amp;Entfernen</translation>
    </message>
    <message>
      <source>A&amp;dd an endpoint:</source>
      <translation>Endpunkt hinzu&amp;fügen:</translation>
    </message>
    <message>
      <source>Add endpoint</source>
      <translation>Endpunkt hinzufügen</translation>
    </message>
    <message>
      <source>Adding {address}…</source>
      <translation>{address} wird hinzugefügt …</translation>
    </message>
    <message>
      <source>Check all endpoints now</source>
      <translation>Alle Endpunkte jetzt prüfen</translation>
    </message>
    <message>
      <source>Checked just now: all endpoints serve the current certificate.</source>
      <translation>Gerade geprüft: Alle Endpunkte liefern das aktuelle Zertifikat aus.</translation>
    </message>
    <message>
      <source>Checked just now: {n} need attention.</source>
      <translation>Gerade geprüft: {n} brauchen Aufmerksamkeit.</translation>
    </message>
    <message numerus="yes">
      <source>Connecting to %n endpoint(s)…</source>
      <translation>
        <numerusform>Verbindung zu %n Endpunkt …</numerusform>
        <numerusform>Verbindung zu %n Endpunkten …</numerusform>
      </translation>
    </message>
    <message>
      <source>Endpoint address (host:port)</source>
      <translation>Adresse des Endpunkts (Host:Port)</translation>
    </message>
    <message>
      <source>Endpoint warnings</source>
      <translation>Warnungen zu Endpunkten</translation>
    </message>
    <message>
      <source>Endpoints</source>
      <translation>Endpunkte</translation>
    </message>
    <message>
      <source>Endpoints of {name}</source>
      <translation>Endpunkte von {name}</translation>
    </message>
    <message>
      <source>No endpoints yet: add the servers that use this certificate below.</source>
      <translation>Noch keine Endpunkte: Fügen Sie unten die Server hinzu, die dieses Zertifikat verwenden.</translation>
    </message>
    <message>
      <source>Only needed when the address is an IP address or differs from the name the server answers to</source>
      <translation>Nur nötig, wenn die Adresse eine IP-Adresse ist oder vom Namen abweicht, unter dem der Server antwortet</translation>
    </message>
    <message>
      <source>Problem with the address</source>
      <translation>Problem mit der Adresse</translation>
    </message>
    <message>
      <source>Remove the selected endpoint</source>
      <translation>Den gewählten Endpunkt entfernen</translation>
    </message>
    <message>
      <source>Removing {address}…</source>
      <translation>{address} wird entfernt …</translation>
    </message>
    <message>
      <source>Server name to send (SNI), optional</source>
      <translation>Zu sendender Servername (SNI), optional</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>certdesk connects to these servers once a day (sending the server name, SNI) and warns when one still serves an old, expiring or wrong certificate — for example after a renewal that was not deployed.</source>
      <translation>certdesk verbindet sich einmal täglich mit diesen Servern (mit Servername, SNI) und warnt, wenn einer noch ein altes, bald ablaufendes oder falsches Zertifikat ausliefert – etwa nach einer Erneuerung, die nicht ausgerollt wurde.</translation>
    </message>
    <message>
      <source>host:port, e.g. www.example.com:443</source>
      <translation>Host:Port, z. B. www.example.com:443</translation>
    </message>
    <message>
      <source>server name (optional)</source>
      <translation>Servername (optional)</translation>
    </message>
    <message>
      <source>{n} of {total} endpoints need attention:</source>
      <translation>{n} von {total} Endpunkten brauchen Aufmerksamkeit:</translation>
    </message>
  </context>
  <context>
    <name>EventModel</name>
    <message>
      <source>Error</source>
      <translation>Fehler</translation>
    </message>
    <message>
      <source>Info</source>
      <translation>Info</translation>
    </message>
    <message>
      <source>Level</source>
      <translation>Stufe</translation>
    </message>
    <message>
      <source>Message</source>
      <translation>Meldung</translation>
    </message>
    <message>
      <source>Warning</source>
      <translation>Warnung</translation>
    </message>
    <message>
      <source>What</source>
      <translation>Was</translation>
    </message>
    <message>
      <source>When</source>
      <translation>Wann</translation>
    </message>
  </context>
  <context>
    <name>EventNames</name>
    <message>
      <source>Account contacts changed</source>
      <translation>Kontakte des Kontos geändert</translation>
    </message>
    <message>
      <source>Account deactivated</source>
      <translation>Konto deaktiviert</translation>
    </message>
    <message>
      <source>Account key replaced</source>
      <translation>Kontoschlüssel ersetzt</translation>
    </message>
    <message>
      <source>Account registered</source>
      <translation>Konto registriert</translation>
    </message>
    <message>
      <source>Account registered again</source>
      <translation>Konto erneut registriert</translation>
    </message>
    <message>
      <source>Account removed</source>
      <translation>Konto entfernt</translation>
    </message>
    <message>
      <source>Backup made</source>
      <translation>Sicherung erstellt</translation>
    </message>
    <message>
      <source>Backup restored</source>
      <translation>Sicherung wiederhergestellt</translation>
    </message>
    <message>
      <source>Certificate exported</source>
      <translation>Zertifikat exportiert</translation>
    </message>
    <message>
      <source>Certificate imported</source>
      <translation>Zertifikat importiert</translation>
    </message>
    <message>
      <source>Certificate issued</source>
      <translation>Zertifikat ausgestellt</translation>
    </message>
    <message>
      <source>Certificate removed</source>
      <translation>Zertifikat entfernt</translation>
    </message>
    <message>
      <source>Certificate renewed</source>
      <translation>Zertifikat erneuert</translation>
    </message>
    <message>
      <source>Certificate revoked</source>
      <translation>Zertifikat widerrufen</translation>
    </message>
    <message>
      <source>Existing account added</source>
      <translation>Vorhandenes Konto hinzugefügt</translation>
    </message>
    <message>
      <source>Expiry reminder</source>
      <translation>Ablauferinnerung</translation>
    </message>
    <message>
      <source>Export target added</source>
      <translation>Exportziel hinzugefügt</translation>
    </message>
    <message>
      <source>Export target removed</source>
      <translation>Exportziel entfernt</translation>
    </message>
    <message>
      <source>Export target written</source>
      <translation>Exportziel geschrieben</translation>
    </message>
    <message>
      <source>Notification failed</source>
      <translation>Benachrichtigung fehlgeschlagen</translation>
    </message>
    <message>
      <source>Order abandoned by the CA</source>
      <translation>Auftrag von der CA aufgegeben</translation>
    </message>
    <message>
      <source>Order cancelled</source>
      <translation>Auftrag abgebrochen</translation>
    </message>
    <message>
      <source>Order failed</source>
      <translation>Auftrag fehlgeschlagen</translation>
    </message>
    <message>
      <source>Order sent to the CA</source>
      <translation>Auftrag an die CA gesendet</translation>
    </message>
    <message>
      <source>Order started again</source>
      <translation>Auftrag neu gestartet</translation>
    </message>
    <message>
      <source>Re-issue started</source>
      <translation>Neuausstellung gestartet</translation>
    </message>
    <message>
      <source>Renewal failed</source>
      <translation>Erneuerung fehlgeschlagen</translation>
    </message>
    <message>
      <source>Renewal needs you</source>
      <translation>Erneuerung braucht Sie</translation>
    </message>
    <message>
      <source>Renewal not linked to the old certificate</source>
      <translation>Erneuerung nicht mit dem alten Zertifikat verknüpft</translation>
    </message>
    <message>
      <source>Renewal set up</source>
      <translation>Erneuerung eingerichtet</translation>
    </message>
    <message>
      <source>Renewal settings changed</source>
      <translation>Erneuerungseinstellungen geändert</translation>
    </message>
    <message>
      <source>Renewal skipped</source>
      <translation>Erneuerung übersprungen</translation>
    </message>
    <message>
      <source>Renewal window moved</source>
      <translation>Erneuerungsfenster verschoben</translation>
    </message>
    <message>
      <source>Server shows another certificate</source>
      <translation>Server zeigt ein anderes Zertifikat</translation>
    </message>
    <message>
      <source>Server unreachable</source>
      <translation>Server nicht erreichbar</translation>
    </message>
    <message>
      <source>Waiting for you</source>
      <translation>Wartet auf Sie</translation>
    </message>
  </context>
  <context>
    <name>ExportDialog</name>
    <message>
      <source>&amp;Browse…</source>
      <translation>&amp;Durchsuchen …</translation>
    </message>
    <message>
      <source>&amp;Format:</source>
      <translation>&amp;Format:</translation>
    </message>
    <message>
      <source>&amp;Password:</source>
      <translation>&amp;Passwort:</translation>
    </message>
    <message>
      <source>&amp;Save to:</source>
      <translation>&amp;Speichern unter:</translation>
    </message>
    <message>
      <source>Choose the destination</source>
      <translation>Ziel wählen</translation>
    </message>
    <message>
      <source>Choose the folder to export into.</source>
      <translation>Wählen Sie den Ordner, in den exportiert wird.</translation>
    </message>
    <message>
      <source>Choose where to save the file.</source>
      <translation>Wählen Sie, wo die Datei gespeichert wird.</translation>
    </message>
    <message>
      <source>Destination</source>
      <translation>Ziel</translation>
    </message>
    <message>
      <source>Enter a password to protect the exported key.</source>
      <translation>Geben Sie ein Passwort ein, das den exportierten Schlüssel schützt.</translation>
    </message>
    <message>
      <source>Export</source>
      <translation>Exportieren</translation>
    </message>
    <message>
      <source>Export as</source>
      <translation>Exportieren als</translation>
    </message>
    <message>
      <source>Export into folder</source>
      <translation>In Ordner exportieren</translation>
    </message>
    <message>
      <source>Export {label}</source>
      <translation>{label} exportieren</translation>
    </message>
    <message>
      <source>Exporting…</source>
      <translation>Wird exportiert …</translation>
    </message>
    <message>
      <source>Format</source>
      <translation>Format</translation>
    </message>
    <message>
      <source>Password</source>
      <translation>Passwort</translation>
    </message>
    <message>
      <source>optional</source>
      <translation>optional</translation>
    </message>
    <message>
      <source>required</source>
      <translation>erforderlich</translation>
    </message>
  </context>
  <context>
    <name>FileField</name>
    <message>
      <source>Browse…</source>
      <translation>Durchsuchen …</translation>
    </message>
    <message>
      <source>Choose a file for {name}</source>
      <translation>Datei für {name} wählen</translation>
    </message>
  </context>
  <context>
    <name>ImportDialog</name>
    <message>
      <source>&amp;Browse…</source>
      <translation>&amp;Durchsuchen …</translation>
    </message>
    <message>
      <source>&amp;File:</source>
      <translation>&amp;Datei:</translation>
    </message>
    <message>
      <source>&amp;Import</source>
      <translation>&amp;Importieren</translation>
    </message>
    <message>
      <source>&amp;Key file:</source>
      <translation>&amp;Schlüsseldatei:</translation>
    </message>
    <message>
      <source>&amp;Paste from clipboard</source>
      <translation>Aus der Zwischenablage &amp;einfügen</translation>
    </message>
    <message>
      <source>Already here</source>
      <translation>Bereits vorhanden</translation>
    </message>
    <message>
      <source>B&amp;rowse…</source>
      <translation>&amp;Durchsuchen …</translation>
    </message>
    <message>
      <source>Certificate file</source>
      <translation>Zertifikatsdatei</translation>
    </message>
    <message>
      <source>Certificates (*.pem *.crt *.cer *.der *.pfx *.p12 *.p7b *.p7c);;All files (*)</source>
      <translation>Zertifikate (*.pem *.crt *.cer *.der *.pfx *.p12 *.p7b *.p7c);;Alle Dateien (*)</translation>
    </message>
    <message>
      <source>Chain</source>
      <translation>Kette</translation>
    </message>
    <message>
      <source>Choose or drop a certificate file (PEM, DER, PFX/P12 or P7B, with its separate key file if it has one), or paste PEM text. Nothing is stored until you press Import.</source>
      <translation>Wählen Sie eine Zertifikatsdatei (PEM, DER, PFX/P12 oder P7B, ggf. mit separater Schlüsseldatei) oder legen Sie sie hier ab, oder fügen Sie PEM-Text ein. Gespeichert wird erst, wenn Sie auf Importieren klicken.</translation>
    </message>
    <message>
      <source>Choose the certificate file</source>
      <translation>Zertifikatsdatei wählen</translation>
    </message>
    <message>
      <source>Choose the key file</source>
      <translation>Schlüsseldatei wählen</translation>
    </message>
    <message>
      <source>Choose the private key</source>
      <translation>Privaten Schlüssel wählen</translation>
    </message>
    <message>
      <source>Expires</source>
      <translation>Läuft ab</translation>
    </message>
    <message>
      <source>Import</source>
      <translation>Importieren</translation>
    </message>
    <message>
      <source>Import a certificate</source>
      <translation>Ein Zertifikat importieren</translation>
    </message>
    <message>
      <source>Importing…</source>
      <translation>Wird importiert …</translation>
    </message>
    <message>
      <source>Issuer</source>
      <translation>Aussteller</translation>
    </message>
    <message>
      <source>Key file</source>
      <translation>Schlüsseldatei</translation>
    </message>
    <message>
      <source>Names</source>
      <translation>Namen</translation>
    </message>
    <message>
      <source>No</source>
      <translation>Nein</translation>
    </message>
    <message>
      <source>No: certdesk can export the certificate, not PFX or key files. Add the key file to import it too.</source>
      <translation>Nein: certdesk kann das Zertifikat exportieren, aber keine PFX- oder Schlüsseldateien. Fügen Sie die Schlüsseldatei hinzu, um sie mit zu importieren.</translation>
    </message>
    <message>
      <source>Only one certificate and one key at a time; ignored: {files}</source>
      <translation>Nur ein Zertifikat und ein Schlüssel auf einmal; ignoriert: {files}</translation>
    </message>
    <message>
      <source>Or paste P&amp;EM:</source>
      <translation>Oder P&amp;EM einfügen:</translation>
    </message>
    <message>
      <source>PEM text</source>
      <translation>PEM-Text</translation>
    </message>
    <message>
      <source>PEM, DER, PFX/P12 or P7B file</source>
      <translation>PEM-, DER-, PFX/P12- oder P7B-Datei</translation>
    </message>
    <message>
      <source>Pass&amp;word:</source>
      <translation>Pass&amp;wort:</translation>
    </message>
    <message>
      <source>Password</source>
      <translation>Passwort</translation>
    </message>
    <message>
      <source>Paste PEM text from the clipboard</source>
      <translation>PEM-Text aus der Zwischenablage einfügen</translation>
    </message>
    <message>
      <source>Preview</source>
      <translation>Vorschau</translation>
    </message>
    <message>
      <source>Private key</source>
      <translation>Privater Schlüssel</translation>
    </message>
    <message>
      <source>Private keys (*.key *.pem);;All files (*)</source>
      <translation>Private Schlüssel (*.key *.pem);;Alle Dateien (*)</translation>
    </message>
    <message numerus="yes">
      <source>Reading %n file(s)…</source>
      <translation>
        <numerusform>%n Datei wird gelesen …</numerusform>
        <numerusform>%n Dateien werden gelesen …</numerusform>
      </translation>
    </message>
    <message>
      <source>Reading…</source>
      <translation>Wird gelesen …</translation>
    </message>
    <message>
      <source>Ready to import {label}.</source>
      <translation>Bereit, {label} zu importieren.</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>That is a private key. Now add the certificate that belongs to it.</source>
      <translation>Das ist ein privater Schlüssel. Fügen Sie jetzt das dazugehörige Zertifikat hinzu.</translation>
    </message>
    <message>
      <source>The clipboard holds no text.</source>
      <translation>Die Zwischenablage enthält keinen Text.</translation>
    </message>
    <message>
      <source>This certificate is already in certdesk.</source>
      <translation>Dieses Zertifikat ist bereits in certdesk.</translation>
    </message>
    <message>
      <source>This file is protected by a password. Enter it, then press Enter.</source>
      <translation>Diese Datei ist durch ein Passwort geschützt. Geben Sie es ein und drücken Sie die Eingabetaste.</translation>
    </message>
    <message>
      <source>Yes, as “{label}”. Open that entry instead.</source>
      <translation>Ja, als „{label}“. Öffnen Sie stattdessen diesen Eintrag.</translation>
    </message>
    <message>
      <source>Yes, {kind}, matches the certificate</source>
      <translation>Ja, {kind}, passt zum Zertifikat</translation>
    </message>
    <message>
      <source>optional: a separate private key (.key, privkey.pem)</source>
      <translation>optional: ein separater privater Schlüssel (.key, privkey.pem)</translation>
    </message>
    <message>
      <source>the password the file was protected with</source>
      <translation>das Passwort, mit dem die Datei geschützt wurde</translation>
    </message>
    <message numerus="yes">
      <source>{date} (expired %n day(s) ago)</source>
      <translation>
        <numerusform>{date} (vor %n Tag abgelaufen)</numerusform>
        <numerusform>{date} (vor %n Tagen abgelaufen)</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>{date} (in %n day(s))</source>
      <translation>
        <numerusform>{date} (in %n Tag)</numerusform>
        <numerusform>{date} (in %n Tagen)</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>JobStatus</name>
    <message>
      <source>&amp;Close</source>
      <translation>&amp;Schließen</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>Working</source>
      <translation>In Arbeit</translation>
    </message>
  </context>
  <context>
    <name>KeyPage</name>
    <message>
      <source>    CSR file:</source>
      <translation>    CSR-Datei:</translation>
    </message>
    <message>
      <source>    Certificate:</source>
      <translation>    Zertifikat:</translation>
    </message>
    <message>
      <source>    Key &amp;type:</source>
      <translation>    Schlüssel&amp;typ:</translation>
    </message>
    <message>
      <source>&amp;Browse…</source>
      <translation>&amp;Durchsuchen …</translation>
    </message>
    <message>
      <source>&amp;Reuse the key of an existing certificate</source>
      <translation>Schlüssel eines vorhandenen Zertifikats wieder&amp;verwenden</translation>
    </message>
    <message>
      <source>CSR file</source>
      <translation>CSR-Datei</translation>
    </message>
    <message>
      <source>Certificate whose key to reuse</source>
      <translation>Zertifikat, dessen Schlüssel wiederverwendet wird</translation>
    </message>
    <message>
      <source>Choose a CSR</source>
      <translation>CSR wählen</translation>
    </message>
    <message>
      <source>Choose a CSR file</source>
      <translation>CSR-Datei wählen</translation>
    </message>
    <message>
      <source>Could not read {path}: {error}</source>
      <translation>{path} konnte nicht gelesen werden: {error}</translation>
    </message>
    <message>
      <source>Create a ne&amp;w key</source>
      <translation>&amp;Neuen Schlüssel erzeugen</translation>
    </message>
    <message>
      <source>Key and signing request</source>
      <translation>Schlüssel und Signaturanforderung</translation>
    </message>
    <message>
      <source>Key type</source>
      <translation>Schlüsseltyp</translation>
    </message>
    <message>
      <source>Most public CAs (Let's Encrypt included) drop these; fill them in only if your CA keeps them.</source>
      <translation>Die meisten öffentlichen CAs (auch Let's Encrypt) verwerfen diese Angaben; füllen Sie sie nur aus, wenn Ihre CA sie übernimmt.</translation>
    </message>
    <message>
      <source>Signing requests (*.csr *.pem *.req);;All files (*)</source>
      <translation>Signaturanforderungen (*.csr *.pem *.req);;Alle Dateien (*)</translation>
    </message>
    <message>
      <source>Subject fields</source>
      <translation>Inhaberfelder</translation>
    </message>
    <message>
      <source>Subject fields (optional)</source>
      <translation>Inhaberfelder (optional)</translation>
    </message>
    <message>
      <source>Use my own &amp;CSR (the key stays with you)</source>
      <translation>Eigene &amp;CSR verwenden (der Schlüssel bleibt bei Ihnen)</translation>
    </message>
    <message>
      <source>certdesk makes a new private key for you. Change this only if you need a specific key type or already have a CSR.</source>
      <translation>certdesk erzeugt einen neuen privaten Schlüssel für Sie. Ändern Sie das nur, wenn Sie einen bestimmten Schlüsseltyp brauchen oder schon eine CSR haben.</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message numerus="yes">
      <source>%n account(s)</source>
      <translation>
        <numerusform>%n Konto</numerusform>
        <numerusform>%n Konten</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n certificate(s)</source>
      <translation>
        <numerusform>%n Zertifikat</numerusform>
        <numerusform>%n Zertifikate</numerusform>
      </translation>
    </message>
    <message>
      <source>&amp;About certdesk</source>
      <translation>Ü&amp;ber certdesk</translation>
    </message>
    <message>
      <source>&amp;Back up…</source>
      <translation>&amp;Sichern …</translation>
    </message>
    <message>
      <source>&amp;Certificate</source>
      <translation>&amp;Zertifikat</translation>
    </message>
    <message>
      <source>&amp;Export…</source>
      <translation>E&amp;xportieren …</translation>
    </message>
    <message>
      <source>&amp;File</source>
      <translation>&amp;Datei</translation>
    </message>
    <message>
      <source>&amp;Help</source>
      <translation>&amp;Hilfe</translation>
    </message>
    <message>
      <source>&amp;Import…</source>
      <translation>&amp;Importieren …</translation>
    </message>
    <message>
      <source>&amp;Keyboard shortcuts</source>
      <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
      <source>&amp;New certificate</source>
      <translation>&amp;Neues Zertifikat</translation>
    </message>
    <message>
      <source>&amp;Pending orders</source>
      <translation>Offene Auft&amp;räge</translation>
    </message>
    <message>
      <source>&amp;Pending orders ({n})</source>
      <translation>Offene Auft&amp;räge ({n})</translation>
    </message>
    <message>
      <source>&amp;Quit</source>
      <translation>&amp;Beenden</translation>
    </message>
    <message>
      <source>&amp;Renew</source>
      <translation>&amp;Erneuern</translation>
    </message>
    <message>
      <source>&amp;Settings…</source>
      <translation>&amp;Einstellungen …</translation>
    </message>
    <message>
      <source>&amp;View</source>
      <translation>&amp;Ansicht</translation>
    </message>
    <message>
      <source>Acc&amp;ounts</source>
      <translation>K&amp;onten</translation>
    </message>
    <message>
      <source>Accounts</source>
      <translation>Konten</translation>
    </message>
    <message>
      <source>Activit&amp;y</source>
      <translation>&amp;Verlauf</translation>
    </message>
    <message>
      <source>Activity</source>
      <translation>Verlauf</translation>
    </message>
    <message>
      <source>Add &amp;account…</source>
      <translation>Konto &amp;hinzufügen …</translation>
    </message>
    <message>
      <source>Add existing certificates from files</source>
      <translation>Vorhandene Zertifikate aus Dateien hinzufügen</translation>
    </message>
    <message>
      <source>An account at a certificate authority (CA) is needed to get certificates. Let's Encrypt is free; use its staging twin to try things out.</source>
      <translation>Um Zertifikate zu erhalten, braucht es ein Konto bei einer Zertifizierungsstelle (CA). Let's Encrypt ist kostenlos; zum Ausprobieren nehmen Sie die Staging-Umgebung.</translation>
    </message>
    <message>
      <source>Atte&amp;ntion</source>
      <translation>A&amp;chtung</translation>
    </message>
    <message>
      <source>Atte&amp;ntion ({n})</source>
      <translation>A&amp;chtung ({n})</translation>
    </message>
    <message>
      <source>Bring back a backup into an empty data folder</source>
      <translation>Eine Sicherung in einen leeren Datenordner zurückholen</translation>
    </message>
    <message>
      <source>Cer&amp;tificates</source>
      <translation>Zer&amp;tifikate</translation>
    </message>
    <message>
      <source>Certificates</source>
      <translation>Zertifikate</translation>
    </message>
    <message>
      <source>Defaults, DNS credentials, data folder</source>
      <translation>Vorgaben, DNS-Zugangsdaten, Datenordner</translation>
    </message>
    <message>
      <source>E&amp;ndpoints…</source>
      <translation>E&amp;ndpunkte …</translation>
    </message>
    <message>
      <source>Every shortcut of certdesk</source>
      <translation>Alle Tastenkürzel von certdesk</translation>
    </message>
    <message>
      <source>Export &amp;targets…</source>
      <translation>Export&amp;ziele …</translation>
    </message>
    <message>
      <source>Folders the selected certificate is written to after every renewal</source>
      <translation>Ordner, in die das gewählte Zertifikat nach jeder Erneuerung geschrieben wird</translation>
    </message>
    <message>
      <source>Get a new certificate from a CA</source>
      <translation>Ein neues Zertifikat von einer CA holen</translation>
    </message>
    <message>
      <source>Issuance, renewals, failures and exports are recorded here.</source>
      <translation>Ausstellungen, Erneuerungen, Fehler und Exporte werden hier aufgezeichnet.</translation>
    </message>
    <message>
      <source>Loading…</source>
      <translation>Wird geladen …</translation>
    </message>
    <message>
      <source>Main toolbar</source>
      <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
      <source>More actions</source>
      <translation>Weitere Aktionen</translation>
    </message>
    <message>
      <source>No ACME accounts</source>
      <translation>Keine ACME-Konten</translation>
    </message>
    <message>
      <source>No certificates yet</source>
      <translation>Noch keine Zertifikate</translation>
    </message>
    <message>
      <source>No pending orders</source>
      <translation>Keine offenen Aufträge</translation>
    </message>
    <message>
      <source>Nothing has happened yet</source>
      <translation>Noch ist nichts passiert</translation>
    </message>
    <message>
      <source>Orders waiting for you (e.g. a DNS record to create) or interrupted ones appear here, so you can resume them.</source>
      <translation>Aufträge, die auf Sie warten (z. B. ein anzulegender DNS-Eintrag), oder unterbrochene Aufträge erscheinen hier, damit Sie sie fortsetzen können.</translation>
    </message>
    <message>
      <source>Pending orders</source>
      <translation>Offene Aufträge</translation>
    </message>
    <message>
      <source>Quit certdesk</source>
      <translation>certdesk beenden</translation>
    </message>
    <message>
      <source>Re&amp;fresh</source>
      <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
      <source>Re&amp;voke…</source>
      <translation>&amp;Widerrufen …</translation>
    </message>
    <message>
      <source>Register an account at a CA</source>
      <translation>Ein Konto bei einer CA registrieren</translation>
    </message>
    <message>
      <source>Reload the lists</source>
      <translation>Die Listen neu laden</translation>
    </message>
    <message>
      <source>Renew the selected certificate now</source>
      <translation>Das gewählte Zertifikat jetzt erneuern</translation>
    </message>
    <message>
      <source>Renewing {name}…</source>
      <translation>{name} wird erneuert …</translation>
    </message>
    <message>
      <source>Res&amp;tore…</source>
      <translation>Wieder&amp;herstellen …</translation>
    </message>
    <message>
      <source>Revoke the selected certificate at the CA</source>
      <translation>Das gewählte Zertifikat bei der CA widerrufen</translation>
    </message>
    <message>
      <source>Save everything into one file encrypted with a passphrase</source>
      <translation>Alles in eine mit einer Passphrase verschlüsselte Datei sichern</translation>
    </message>
    <message>
      <source>Save the selected certificate and key to files</source>
      <translation>Das gewählte Zertifikat und den Schlüssel in Dateien speichern</translation>
    </message>
    <message>
      <source>Search accounts</source>
      <translation>Konten durchsuchen</translation>
    </message>
    <message>
      <source>Search certificates (Ctrl+F)</source>
      <translation>Zertifikate durchsuchen (Strg+F)</translation>
    </message>
    <message>
      <source>Search orders</source>
      <translation>Aufträge durchsuchen</translation>
    </message>
    <message>
      <source>Search the activity log</source>
      <translation>Den Verlauf durchsuchen</translation>
    </message>
    <message>
      <source>Servers that should serve the selected certificate, checked daily</source>
      <translation>Server, die das gewählte Zertifikat ausliefern sollen, täglich geprüft</translation>
    </message>
    <message>
      <source>Start with “New certificate”: enter your domain names, choose how to prove they are yours, and certdesk does the rest. You need an ACME account first; the wizard helps you create one. Already have certificates? Import them.</source>
      <translation>Beginnen Sie mit „Neues Zertifikat“: Geben Sie Ihre Domainnamen ein, wählen Sie, wie Sie nachweisen, dass sie Ihnen gehören, und certdesk erledigt den Rest. Zuerst brauchen Sie ein ACME-Konto; der Assistent hilft beim Anlegen. Sie haben schon Zertifikate? Importieren Sie sie.</translation>
    </message>
    <message>
      <source>That certificate is no longer in the list.</source>
      <translation>Dieses Zertifikat ist nicht mehr in der Liste.</translation>
    </message>
    <message>
      <source>Views</source>
      <translation>Ansichten</translation>
    </message>
    <message>
      <source>certdesk</source>
      <translation>certdesk</translation>
    </message>
    <message>
      <source>{name} was renewed.</source>
      <translation>{name} wurde erneuert.</translation>
    </message>
  </context>
  <context>
    <name>MethodForm</name>
    <message>
      <source>&amp;Test credentials</source>
      <translation>Zugangsdaten &amp;testen</translation>
    </message>
    <message>
      <source>/usr/local/bin/dns-hook</source>
      <translation>/usr/local/bin/dns-hook</translation>
    </message>
    <message>
      <source>/var/www/html</source>
      <translation>/var/www/html</translation>
    </message>
    <message>
      <source>Add credentials in Settings → DNS credentials</source>
      <translation>Zugangsdaten unter Einstellungen → DNS-Zugangsdaten hinzufügen</translation>
    </message>
    <message>
      <source>Browse…</source>
      <translation>Durchsuchen …</translation>
    </message>
    <message>
      <source>Check at these DNS servers</source>
      <translation>Bei diesen DNS-Servern prüfen</translation>
    </message>
    <message>
      <source>Choose a folder for {label}</source>
      <translation>Ordner für {label} wählen</translation>
    </message>
    <message>
      <source>Choose the document root</source>
      <translation>Dokumentenstamm wählen</translation>
    </message>
    <message>
      <source>Command</source>
      <translation>Befehl</translation>
    </message>
    <message>
      <source>Credentials</source>
      <translation>Zugangsdaten</translation>
    </message>
    <message>
      <source>Document root</source>
      <translation>Dokumentenstamm</translation>
    </message>
    <message>
      <source>Listen address</source>
      <translation>Lauschadresse</translation>
    </message>
    <message>
      <source>Port</source>
      <translation>Port</translation>
    </message>
    <message>
      <source>Test the DNS credentials</source>
      <translation>Die DNS-Zugangsdaten testen</translation>
    </message>
    <message>
      <source>Where certdesk checks that the record is visible before asking the CA. Leave blank to ask the authoritative nameservers.</source>
      <translation>Wo certdesk prüft, ob der Eintrag sichtbar ist, bevor es die CA fragt. Leer lassen, um die autoritativen Nameserver zu fragen.</translation>
    </message>
    <message>
      <source>all addresses (IPv6 and IPv4)</source>
      <translation>alle Adressen (IPv6 und IPv4)</translation>
    </message>
    <message>
      <source>certdesk answers the CA on port {port} of this computer with a special certificate (the CA always connects to port 443: forward it here if you choose another port).</source>
      <translation>certdesk antwortet der CA auf Port {port} dieses Computers mit einem besonderen Zertifikat (die CA verbindet sich immer mit Port 443: leiten Sie ihn hierher weiter, wenn Sie einen anderen Port wählen).</translation>
    </message>
    <message>
      <source>certdesk answers the CA on port {port} of this computer. The name must point here and port {port} must be free (the CA always connects to port 80: forward it here if you choose another port).</source>
      <translation>certdesk antwortet der CA auf Port {port} dieses Computers. Der Name muss hierher zeigen und Port {port} frei sein (die CA verbindet sich immer mit Port 80: leiten Sie ihn hierher weiter, wenn Sie einen anderen Port wählen).</translation>
    </message>
    <message>
      <source>certdesk creates and removes the TXT records through your DNS provider's API. Works for wildcards and renews unattended.</source>
      <translation>certdesk legt die TXT-Einträge über die API Ihres DNS-Anbieters an und entfernt sie wieder. Funktioniert für Platzhalter und erneuert unbeaufsichtigt.</translation>
    </message>
    <message>
      <source>certdesk runs your command with 'present' or 'cleanup', the record name and value.</source>
      <translation>certdesk führt Ihren Befehl mit „present“ oder „cleanup“, dem Namen und dem Wert des Eintrags aus.</translation>
    </message>
    <message>
      <source>certdesk shows a small file to place on your web server and waits until it is reachable.</source>
      <translation>certdesk zeigt eine kleine Datei, die Sie auf Ihren Webserver legen, und wartet, bis sie erreichbar ist.</translation>
    </message>
    <message>
      <source>certdesk shows the TXT records to create at your DNS host and waits until they are visible. Works for wildcards.</source>
      <translation>certdesk zeigt die TXT-Einträge, die Sie bei Ihrem DNS-Anbieter anlegen, und wartet, bis sie sichtbar sind. Funktioniert für Platzhalter.</translation>
    </message>
    <message>
      <source>certdesk writes the answer into your web server's document root.</source>
      <translation>certdesk schreibt die Antwort in den Dokumentenstamm Ihres Webservers.</translation>
    </message>
    <message>
      <source>e.g. 192.0.2.53:53 (blank: the zone's nameservers)</source>
      <translation>z. B. 192.0.2.53:53 (leer: die Nameserver der Zone)</translation>
    </message>
  </context>
  <context>
    <name>NamesPage</name>
    <message numerus="yes">
      <source>%n name(s) ready.</source>
      <translation>
        <numerusform>%n Name bereit.</numerusform>
        <numerusform>%n Namen bereit.</numerusform>
      </translation>
    </message>
    <message>
      <source>A wildcard covers one level of subdomains (not the base name itself) and needs DNS validation.</source>
      <translation>Ein Platzhalter deckt eine Ebene von Subdomains ab (nicht den Basisnamen selbst) und braucht DNS-Validierung.</translation>
    </message>
    <message>
      <source>IP addresses need HTTP or TLS-ALPN validation and a CA that supports them.</source>
      <translation>IP-Adressen brauchen HTTP- oder TLS-ALPN-Validierung und eine CA, die sie unterstützt.</translation>
    </message>
    <message>
      <source>Line {n}: {error} {hint}</source>
      <translation>Zeile {n}: {error} {hint}</translation>
    </message>
    <message>
      <source>N&amp;ames:</source>
      <translation>N&amp;amen:</translation>
    </message>
    <message>
      <source>Name check</source>
      <translation>Prüfung der Namen</translation>
    </message>
    <message>
      <source>Names, one per line</source>
      <translation>Namen, einer pro Zeile</translation>
    </message>
    <message>
      <source>One name per line, e.g. www.example.com. Wildcards (*.example.com) and international names are fine.</source>
      <translation>Ein Name pro Zeile, z. B. www.example.com. Platzhalter (*.example.com) und internationale Namen sind möglich.</translation>
    </message>
    <message>
      <source>Which names should the certificate cover?</source>
      <translation>Welche Namen soll das Zertifikat abdecken?</translation>
    </message>
    <message>
      <source>{display} is sent to the CA as {ascii}</source>
      <translation>{display} wird der CA als {ascii} gesendet</translation>
    </message>
    <message>
      <source>{n} names: most CAs allow at most {max} per certificate.</source>
      <translation>{n} Namen: Die meisten CAs erlauben höchstens {max} pro Zertifikat.</translation>
    </message>
    <message>
      <source>{unicode} mixes {scripts} letters and may imitate another name; the CA sees {ascii}. Check that this is the name you own.</source>
      <translation>{unicode} mischt Buchstaben aus {scripts} und könnte einen anderen Namen nachahmen; die CA sieht {ascii}. Prüfen Sie, dass dies der Name ist, der Ihnen gehört.</translation>
    </message>
  </context>
  <context>
    <name>NewCertificateWizard</name>
    <message>
      <source>&amp;Stop the order</source>
      <translation>Auftrag &amp;anhalten</translation>
    </message>
    <message>
      <source>C&amp;ontinue</source>
      <translation>&amp;Fortfahren</translation>
    </message>
    <message>
      <source>Cancelled.</source>
      <translation>Abgebrochen.</translation>
    </message>
    <message>
      <source>New certificate</source>
      <translation>Neues Zertifikat</translation>
    </message>
    <message>
      <source>Re-issue {label}</source>
      <translation>{label} neu ausstellen</translation>
    </message>
    <message>
      <source>Resume order</source>
      <translation>Auftrag fortsetzen</translation>
    </message>
    <message>
      <source>The certificate was issued.</source>
      <translation>Das Zertifikat wurde ausgestellt.</translation>
    </message>
    <message>
      <source>The order is waiting for you. Resume it from “Pending orders” once the DNS records are in place.</source>
      <translation>Der Auftrag wartet auf Sie. Setzen Sie ihn unter „Offene Aufträge“ fort, sobald die DNS-Einträge angelegt sind.</translation>
    </message>
    <message>
      <source>certdesk</source>
      <translation>certdesk</translation>
    </message>
    <message>
      <source>certdesk needs you</source>
      <translation>certdesk braucht Sie</translation>
    </message>
  </context>
  <context>
    <name>NoticeBar</name>
    <message>
      <source>&amp;Hide</source>
      <translation>&amp;Ausblenden</translation>
    </message>
    <message>
      <source>Hide this warning</source>
      <translation>Diese Warnung ausblenden</translation>
    </message>
    <message>
      <source>Warning</source>
      <translation>Warnung</translation>
    </message>
    <message>
      <source>Warning text</source>
      <translation>Warntext</translation>
    </message>
  </context>
  <context>
    <name>NotificationsPage</name>
    <message>
      <source>&amp;Add channel</source>
      <translation>Kanal &amp;hinzufügen</translation>
    </message>
    <message>
      <source>&amp;CA file:</source>
      <translation>&amp;CA-Datei:</translation>
    </message>
    <message>
      <source>&amp;Encryption:</source>
      <translation>&amp;Verschlüsselung:</translation>
    </message>
    <message>
      <source>&amp;From:</source>
      <translation>&amp;Von:</translation>
    </message>
    <message>
      <source>&amp;Kind:</source>
      <translation>&amp;Art:</translation>
    </message>
    <message>
      <source>&amp;Name:</source>
      <translation>&amp;Name:</translation>
    </message>
    <message>
      <source>&amp;Password:</source>
      <translation>&amp;Passwort:</translation>
    </message>
    <message>
      <source>&amp;Remove</source>
      <translation>&amp;Entfernen</translation>
    </message>
    <message>
      <source>&amp;Server:</source>
      <translation>&amp;Server:</translation>
    </message>
    <message>
      <source>&amp;Test</source>
      <translation>&amp;Testen</translation>
    </message>
    <message>
      <source>&amp;To:</source>
      <translation>&amp;An:</translation>
    </message>
    <message>
      <source>&amp;URL:</source>
      <translation>&amp;URL:</translation>
    </message>
    <message>
      <source>&amp;User name:</source>
      <translation>&amp;Benutzername:</translation>
    </message>
    <message>
      <source>; daily digest</source>
      <translation>; tägliche Zusammenfassung</translation>
    </message>
    <message>
      <source>A&amp;pply</source>
      <translation>&amp;Übernehmen</translation>
    </message>
    <message>
      <source>Add a channel</source>
      <translation>Kanal hinzufügen</translation>
    </message>
    <message>
      <source>Add the channel</source>
      <translation>Kanal hinzufügen</translation>
    </message>
    <message>
      <source>Added '{name}'. Send a test to check it.</source>
      <translation>„{name}“ hinzugefügt. Senden Sie einen Test, um ihn zu prüfen.</translation>
    </message>
    <message>
      <source>Apply the selected channel's events</source>
      <translation>Die Ereignisse des gewählten Kanals übernehmen</translation>
    </message>
    <message>
      <source>C&amp;A file:</source>
      <translation>C&amp;A-Datei:</translation>
    </message>
    <message>
      <source>CA file for the SMTP server</source>
      <translation>CA-Datei für den SMTP-Server</translation>
    </message>
    <message>
      <source>CA file for the webhook</source>
      <translation>CA-Datei für den Webhook</translation>
    </message>
    <message>
      <source>Channel kind</source>
      <translation>Art des Kanals</translation>
    </message>
    <message>
      <source>Channel name</source>
      <translation>Name des Kanals</translation>
    </message>
    <message>
      <source>Collect into one message a day (daily digest)</source>
      <translation>In einer Nachricht pro Tag sammeln (tägliche Zusammenfassung)</translation>
    </message>
    <message>
      <source>Daily digest</source>
      <translation>Tägliche Zusammenfassung</translation>
    </message>
    <message>
      <source>E-mail (SMTP)</source>
      <translation>E-Mail (SMTP)</translation>
    </message>
    <message>
      <source>Encryption</source>
      <translation>Verschlüsselung</translation>
    </message>
    <message>
      <source>F&amp;ormat:</source>
      <translation>F&amp;ormat:</translation>
    </message>
    <message>
      <source>From address</source>
      <translation>Absenderadresse</translation>
    </message>
    <message>
      <source>Notification channels</source>
      <translation>Benachrichtigungskanäle</translation>
    </message>
    <message>
      <source>Notification status</source>
      <translation>Status der Benachrichtigungen</translation>
    </message>
    <message>
      <source>Remove the channel</source>
      <translation>Kanal entfernen</translation>
    </message>
    <message>
      <source>Removed '{name}'.</source>
      <translation>„{name}“ entfernt.</translation>
    </message>
    <message>
      <source>SMTP password</source>
      <translation>SMTP-Passwort</translation>
    </message>
    <message>
      <source>SMTP server</source>
      <translation>SMTP-Server</translation>
    </message>
    <message>
      <source>SMTP user name</source>
      <translation>SMTP-Benutzername</translation>
    </message>
    <message>
      <source>Saved what '{name}' receives.</source>
      <translation>Gespeichert, was „{name}“ erhält.</translation>
    </message>
    <message>
      <source>Selected channel: daily digest</source>
      <translation>Gewählter Kanal: tägliche Zusammenfassung</translation>
    </message>
    <message>
      <source>Selected channel: {event}</source>
      <translation>Gewählter Kanal: {event}</translation>
    </message>
    <message>
      <source>Send a test notification</source>
      <translation>Eine Testbenachrichtigung senden</translation>
    </message>
    <message>
      <source>Send:</source>
      <translation>Senden:</translation>
    </message>
    <message>
      <source>Sending a test notification through '{name}'…</source>
      <translation>Testbenachrichtigung über „{name}“ wird gesendet …</translation>
    </message>
    <message>
      <source>The test notification was not delivered.</source>
      <translation>Die Testbenachrichtigung wurde nicht zugestellt.</translation>
    </message>
    <message>
      <source>To addresses</source>
      <translation>Empfängeradressen</translation>
    </message>
    <message>
      <source>Webhook</source>
      <translation>Webhook</translation>
    </message>
    <message>
      <source>Webhook URL</source>
      <translation>Webhook-URL</translation>
    </message>
    <message>
      <source>Webhook format</source>
      <translation>Webhook-Format</translation>
    </message>
    <message>
      <source>What the selected channel receives</source>
      <translation>Was der gewählte Kanal erhält</translation>
    </message>
    <message>
      <source>all events</source>
      <translation>alle Ereignisse</translation>
    </message>
    <message>
      <source>certdesk tells people when a renewal fails, a certificate needs someone, an endpoint serves an old certificate or a deployment did not take effect — also from the scheduled renewal at night.</source>
      <translation>certdesk benachrichtigt Menschen, wenn eine Erneuerung fehlschlägt, ein Zertifikat jemanden braucht, ein Endpunkt ein altes Zertifikat ausliefert oder ein Ausrollen nicht gewirkt hat – auch aus der geplanten Erneuerung in der Nacht.</translation>
    </message>
    <message>
      <source>e.g. ops-mail</source>
      <translation>z. B. ops-mail</translation>
    </message>
    <message>
      <source>ops@example.com, oncall@example.com</source>
      <translation>ops@example.com, bereitschaft@example.com</translation>
    </message>
    <message>
      <source>optional: PEM file of a private CA</source>
      <translation>optional: PEM-Datei einer privaten CA</translation>
    </message>
  </context>
  <context>
    <name>OrderActions</name>
    <message>
      <source>&amp;Cancel order…</source>
      <translation>Auftrag a&amp;bbrechen …</translation>
    </message>
    <message>
      <source>&amp;Resume</source>
      <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
      <source>C&amp;ancel order</source>
      <translation>Auftrag a&amp;bbrechen</translation>
    </message>
    <message>
      <source>Cancel the order</source>
      <translation>Auftrag abbrechen</translation>
    </message>
    <message>
      <source>Continue the order where it stopped: certdesk shows what is still needed (e.g. DNS records) and asks the CA again</source>
      <translation>Den Auftrag dort fortsetzen, wo er stehen blieb: certdesk zeigt, was noch fehlt (z. B. DNS-Einträge), und fragt die CA erneut</translation>
    </message>
    <message>
      <source>Give the order up: its authorizations are released at the CA and temporary records or files removed</source>
      <translation>Den Auftrag aufgeben: Seine Autorisierungen werden bei der CA freigegeben und temporäre Einträge oder Dateien entfernt</translation>
    </message>
    <message>
      <source>Give up the order for {names}?</source>
      <translation>Den Auftrag für {names} aufgeben?</translation>
    </message>
    <message>
      <source>Not undone: {what}</source>
      <translation>Nicht rückgängig gemacht: {what}</translation>
    </message>
    <message>
      <source>Order cancelled.</source>
      <translation>Auftrag abgebrochen.</translation>
    </message>
    <message>
      <source>Resume continues where the order stopped; Cancel gives it up at the CA.</source>
      <translation>Fortsetzen macht dort weiter, wo der Auftrag stehen blieb; Abbrechen gibt ihn bei der CA auf.</translation>
    </message>
    <message>
      <source>certdesk tells the CA to release the order's pending authorizations and removes the temporary DNS records or files it created. The order cannot be resumed afterwards; a new certificate needs a new order.</source>
      <translation>certdesk bittet die CA, die offenen Autorisierungen des Auftrags freizugeben, und entfernt die temporären DNS-Einträge oder Dateien, die es angelegt hat. Danach lässt sich der Auftrag nicht fortsetzen; ein neues Zertifikat braucht einen neuen Auftrag.</translation>
    </message>
  </context>
  <context>
    <name>OrderModel</name>
    <message>
      <source>Cancelled</source>
      <translation>Abgebrochen</translation>
    </message>
    <message>
      <source>Completed</source>
      <translation>Abgeschlossen</translation>
    </message>
    <message>
      <source>Downloading</source>
      <translation>Wird heruntergeladen</translation>
    </message>
    <message>
      <source>Failed</source>
      <translation>Fehlgeschlagen</translation>
    </message>
    <message>
      <source>Finalizing</source>
      <translation>Wird abgeschlossen</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Art</translation>
    </message>
    <message>
      <source>Names</source>
      <translation>Namen</translation>
    </message>
    <message>
      <source>New</source>
      <translation>Neu</translation>
    </message>
    <message>
      <source>Prepared</source>
      <translation>Vorbereitet</translation>
    </message>
    <message>
      <source>Problem</source>
      <translation>Problem</translation>
    </message>
    <message>
      <source>Renewal</source>
      <translation>Erneuerung</translation>
    </message>
    <message>
      <source>Sent to the CA</source>
      <translation>An die CA gesendet</translation>
    </message>
    <message>
      <source>State</source>
      <translation>Zustand</translation>
    </message>
    <message>
      <source>Updated</source>
      <translation>Aktualisiert</translation>
    </message>
    <message>
      <source>Validating</source>
      <translation>Wird validiert</translation>
    </message>
    <message>
      <source>Waiting for you</source>
      <translation>Wartet auf Sie</translation>
    </message>
  </context>
  <context>
    <name>PassphraseFields</name>
    <message>
      <source>&amp;Again:</source>
      <translation>&amp;Wiederholen:</translation>
    </message>
    <message>
      <source>A good passphrase. Keep it somewhere safe.</source>
      <translation>Eine gute Passphrase. Bewahren Sie sie sicher auf.</translation>
    </message>
    <message>
      <source>A strong passphrase. Keep it somewhere safe.</source>
      <translation>Eine starke Passphrase. Bewahren Sie sie sicher auf.</translation>
    </message>
    <message>
      <source>At least {n} characters. Without this passphrase the backup cannot be restored.</source>
      <translation>Mindestens {n} Zeichen. Ohne diese Passphrase lässt sich die Sicherung nicht wiederherstellen.</translation>
    </message>
    <message>
      <source>Could be longer: add another word.</source>
      <translation>Könnte länger sein: fügen Sie ein weiteres Wort hinzu.</translation>
    </message>
    <message>
      <source>Easy to guess. Add more words or characters.</source>
      <translation>Leicht zu erraten. Fügen Sie weitere Wörter oder Zeichen hinzu.</translation>
    </message>
    <message>
      <source>Enter the passphrase again.</source>
      <translation>Geben Sie die Passphrase erneut ein.</translation>
    </message>
    <message>
      <source>Fair</source>
      <translation>Mittel</translation>
    </message>
    <message>
      <source>Good</source>
      <translation>Gut</translation>
    </message>
    <message>
      <source>Pass&amp;phrase:</source>
      <translation>Pass&amp;phrase:</translation>
    </message>
    <message>
      <source>Passphrase</source>
      <translation>Passphrase</translation>
    </message>
    <message>
      <source>Passphrase again</source>
      <translation>Passphrase wiederholen</translation>
    </message>
    <message>
      <source>Passphrase hint</source>
      <translation>Hinweis zur Passphrase</translation>
    </message>
    <message>
      <source>Passphrase strength</source>
      <translation>Stärke der Passphrase</translation>
    </message>
    <message>
      <source>Strength: {label}. {hint}</source>
      <translation>Stärke: {label}. {hint}</translation>
    </message>
    <message>
      <source>Strong</source>
      <translation>Stark</translation>
    </message>
    <message>
      <source>The two passphrases differ.</source>
      <translation>Die beiden Passphrasen unterscheiden sich.</translation>
    </message>
    <message>
      <source>Too short</source>
      <translation>Zu kurz</translation>
    </message>
    <message>
      <source>Use at least {n} characters; a few unrelated words are strong and easy to remember.</source>
      <translation>Verwenden Sie mindestens {n} Zeichen; einige unzusammenhängende Wörter sind stark und leicht zu merken.</translation>
    </message>
    <message>
      <source>Weak</source>
      <translation>Schwach</translation>
    </message>
  </context>
  <context>
    <name>ProgressPage</name>
    <message>
      <source>&amp;Back to validation</source>
      <translation>&amp;Zurück zur Validierung</translation>
    </message>
    <message>
      <source>&amp;Cancel the order</source>
      <translation>Auftrag a&amp;bbrechen</translation>
    </message>
    <message>
      <source>&amp;Close</source>
      <translation>&amp;Schließen</translation>
    </message>
    <message>
      <source>&amp;Finish</source>
      <translation>&amp;Fertigstellen</translation>
    </message>
    <message>
      <source>&amp;Retry</source>
      <translation>&amp;Wiederholen</translation>
    </message>
    <message>
      <source>Back to the validation method</source>
      <translation>Zurück zur Validierungsmethode</translation>
    </message>
    <message>
      <source>Cancel the order</source>
      <translation>Auftrag abbrechen</translation>
    </message>
    <message>
      <source>Change how the names are validated, then try again</source>
      <translation>Ändern Sie, wie die Namen validiert werden, und versuchen Sie es erneut</translation>
    </message>
    <message>
      <source>Getting your certificate</source>
      <translation>Ihr Zertifikat wird geholt</translation>
    </message>
    <message>
      <source>Result</source>
      <translation>Ergebnis</translation>
    </message>
    <message>
      <source>Retry with a new order</source>
      <translation>Mit einem neuen Auftrag wiederholen</translation>
    </message>
    <message>
      <source>Try again with a new order and the same settings</source>
      <translation>Mit einem neuen Auftrag und denselben Einstellungen erneut versuchen</translation>
    </message>
    <message>
      <source>What to do: {hint}</source>
      <translation>Was zu tun ist: {hint}</translation>
    </message>
    <message>
      <source>certdesk works through these steps with the CA; each shows whether it is waiting, running, done or failed.</source>
      <translation>certdesk arbeitet diese Schritte mit der CA ab; jeder zeigt, ob er wartet, läuft, fertig oder fehlgeschlagen ist.</translation>
    </message>
  </context>
  <context>
    <name>RecordsPage</name>
    <message>
      <source>&amp;Continue</source>
      <translation>&amp;Fortfahren</translation>
    </message>
    <message>
      <source>Add the TXT records below at your DNS host. certdesk checks every nameserver and continues when all of them serve the records. You may close certdesk now and resume the order later.</source>
      <translation>Legen Sie die folgenden TXT-Einträge bei Ihrem DNS-Anbieter an. certdesk prüft jeden Nameserver und macht weiter, sobald alle die Einträge ausliefern. Sie können certdesk jetzt schließen und den Auftrag später fortsetzen.</translation>
    </message>
    <message>
      <source>All nameservers serve the records. Continue when you are ready.</source>
      <translation>Alle Nameserver liefern die Einträge aus. Fahren Sie fort, wenn Sie bereit sind.</translation>
    </message>
    <message>
      <source>Continue &amp;anyway (the CA may not see the records yet)</source>
      <translation>&amp;Trotzdem fortfahren (die CA sieht die Einträge vielleicht noch nicht)</translation>
    </message>
    <message>
      <source>Continue anyway</source>
      <translation>Trotzdem fortfahren</translation>
    </message>
    <message>
      <source>Copy</source>
      <translation>Kopieren</translation>
    </message>
    <message>
      <source>Copy the {what} of record {n}</source>
      <translation>{what} von Eintrag {n} kopieren</translation>
    </message>
    <message>
      <source>Could not check: {error}</source>
      <translation>Prüfung nicht möglich: {error}</translation>
    </message>
    <message>
      <source>Create these DNS records</source>
      <translation>Diese DNS-Einträge anlegen</translation>
    </message>
    <message>
      <source>DNS records to create</source>
      <translation>Anzulegende DNS-Einträge</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <source>Nameserver</source>
      <translation>Nameserver</translation>
    </message>
    <message>
      <source>Preparing the order with the CA…</source>
      <translation>Der Auftrag wird mit der CA vorbereitet …</translation>
    </message>
    <message>
      <source>Propagation status per nameserver</source>
      <translation>Verbreitungsstatus je Nameserver</translation>
    </message>
    <message>
      <source>Propagation summary</source>
      <translation>Zusammenfassung der Verbreitung</translation>
    </message>
    <message>
      <source>Record</source>
      <translation>Eintrag</translation>
    </message>
    <message>
      <source>Seen by the nameservers</source>
      <translation>Von den Nameservern gesehen</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>Type</source>
      <translation>Typ</translation>
    </message>
    <message>
      <source>Value</source>
      <translation>Wert</translation>
    </message>
    <message>
      <source>Waiting for the records to appear… (checked automatically)</source>
      <translation>Warten, bis die Einträge erscheinen … (wird automatisch geprüft)</translation>
    </message>
    <message>
      <source>name</source>
      <translation>Name</translation>
    </message>
    <message>
      <source>value</source>
      <translation>Wert</translation>
    </message>
  </context>
  <context>
    <name>RecoverAccountDialog</name>
    <message>
      <source>&amp;Add account</source>
      <translation>Konto &amp;hinzufügen</translation>
    </message>
    <message>
      <source>&amp;Name:</source>
      <translation>&amp;Name:</translation>
    </message>
    <message>
      <source>Account &amp;key:</source>
      <translation>Konto&amp;schlüssel:</translation>
    </message>
    <message>
      <source>Account key file</source>
      <translation>Datei mit dem Kontoschlüssel</translation>
    </message>
    <message>
      <source>Account name</source>
      <translation>Kontoname</translation>
    </message>
    <message>
      <source>Add an existing account</source>
      <translation>Vorhandenes Konto hinzufügen</translation>
    </message>
    <message>
      <source>Asking the CA for the account…</source>
      <translation>Die CA wird nach dem Konto gefragt …</translation>
    </message>
    <message>
      <source>C&amp;A:</source>
      <translation>C&amp;A:</translation>
    </message>
    <message>
      <source>CA &amp;bundle:</source>
      <translation>CA-&amp;Bündel:</translation>
    </message>
    <message>
      <source>CA bundle</source>
      <translation>CA-Bündel</translation>
    </message>
    <message>
      <source>Certificate authority</source>
      <translation>Zertifizierungsstelle</translation>
    </message>
    <message>
      <source>Certificates (*.pem *.crt);;All files (*)</source>
      <translation>Zertifikate (*.pem *.crt);;Alle Dateien (*)</translation>
    </message>
    <message>
      <source>Choose the CA's root certificate</source>
      <translation>Stammzertifikat der CA wählen</translation>
    </message>
    <message>
      <source>Choose the account key</source>
      <translation>Kontoschlüssel wählen</translation>
    </message>
    <message>
      <source>Choose the account's key file.</source>
      <translation>Wählen Sie die Schlüsseldatei des Kontos.</translation>
    </message>
    <message>
      <source>Directory &amp;URL:</source>
      <translation>Verzeichnis-&amp;URL:</translation>
    </message>
    <message>
      <source>Directory URL</source>
      <translation>Verzeichnis-URL</translation>
    </message>
    <message>
      <source>Enter the CA's directory URL.</source>
      <translation>Geben Sie die Verzeichnis-URL der CA ein.</translation>
    </message>
    <message>
      <source>Keys (*.pem *.key);;All files (*)</source>
      <translation>Schlüssel (*.pem *.key);;Alle Dateien (*)</translation>
    </message>
    <message>
      <source>Only for a private CA (step-ca, Vault)</source>
      <translation>Nur für eine private CA (step-ca, Vault)</translation>
    </message>
    <message>
      <source>Optional: a name to recognise it by</source>
      <translation>Optional: ein Name, an dem Sie es erkennen</translation>
    </message>
    <message>
      <source>PEM file with the account's private key</source>
      <translation>PEM-Datei mit dem privaten Schlüssel des Kontos</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>Use an account you already have at a CA, for example one created on another computer or by another ACME client. The CA finds the account by its key; nothing new is registered.</source>
      <translation>Verwenden Sie ein Konto, das Sie bei einer CA schon haben, etwa eines, das auf einem anderen Computer oder von einem anderen ACME-Client angelegt wurde. Die CA findet das Konto über seinen Schlüssel; es wird nichts neu registriert.</translation>
    </message>
  </context>
  <context>
    <name>RemindersPage</name>
    <message>
      <source>&amp;Install schedule</source>
      <translation>Zeitplan &amp;einrichten</translation>
    </message>
    <message>
      <source>&amp;Show what it installs</source>
      <translation>&amp;Zeigen, was eingerichtet wird</translation>
    </message>
    <message>
      <source>&lt;b&gt;Installed&lt;/b&gt; ({mechanism}).</source>
      <translation>&lt;b&gt;Eingerichtet&lt;/b&gt; ({mechanism}).</translation>
    </message>
    <message>
      <source>&lt;b&gt;Not installed.&lt;/b&gt; Certificates are renewed only while certdesk runs. Installing adds a {mechanism}.</source>
      <translation>&lt;b&gt;Nicht eingerichtet.&lt;/b&gt; Zertifikate werden nur erneuert, während certdesk läuft. Beim Einrichten wird Folgendes angelegt: {mechanism}.</translation>
    </message>
    <message>
      <source>Checking…</source>
      <translation>Wird geprüft …</translation>
    </message>
    <message>
      <source>Each reminder fires once per certificate. A days reminder only counts when it is at most half the lifetime, so short-lived certificates (6 or 45 days) use the percentages; “expired” always counts.</source>
      <translation>Jede Erinnerung kommt einmal pro Zertifikat. Eine Erinnerung in Tagen zählt nur, wenn sie höchstens die halbe Laufzeit beträgt; kurzlebige Zertifikate (6 oder 45 Tage) nutzen daher die Prozentwerte; „abgelaufen“ zählt immer.</translation>
    </message>
    <message>
      <source>Files: {files}</source>
      <translation>Dateien: {files}</translation>
    </message>
    <message>
      <source>Install the scheduled renewal</source>
      <translation>Geplante Erneuerung einrichten</translation>
    </message>
    <message>
      <source>Installing…</source>
      <translation>Wird eingerichtet …</translation>
    </message>
    <message>
      <source>It runs, twice a day: {command}</source>
      <translation>Es läuft zweimal täglich: {command}</translation>
    </message>
    <message>
      <source>Let the system run “certdesk-cli renew --due” twice a day</source>
      <translation>Das System zweimal täglich „certdesk-cli renew --due“ ausführen lassen</translation>
    </message>
    <message>
      <source>Off. When on, certdesk adds a {mechanism} ({where}).</source>
      <translation>Aus. Wenn an, legt certdesk Folgendes an: {mechanism} ({where}).</translation>
    </message>
    <message>
      <source>On, through the {mechanism}: {where}</source>
      <translation>An, über {mechanism}: {where}</translation>
    </message>
    <message>
      <source>Problem with the days</source>
      <translation>Problem mit den Tagen</translation>
    </message>
    <message>
      <source>Problem with the percentages</source>
      <translation>Problem mit den Prozentwerten</translation>
    </message>
    <message>
      <source>Re&amp;move schedule</source>
      <translation>Zeitplan &amp;entfernen</translation>
    </message>
    <message>
      <source>Remind &amp;days before expiry:</source>
      <translation>&amp;Tage vor Ablauf erinnern:</translation>
    </message>
    <message>
      <source>Remind at % of &amp;lifetime left:</source>
      <translation>Bei % verbleibender &amp;Laufzeit erinnern:</translation>
    </message>
    <message>
      <source>Remind at percent of lifetime left</source>
      <translation>Bei Prozent verbleibender Laufzeit erinnern</translation>
    </message>
    <message>
      <source>Remind days before expiry</source>
      <translation>Tage vor Ablauf erinnern</translation>
    </message>
    <message>
      <source>Reminders</source>
      <translation>Erinnerungen</translation>
    </message>
    <message>
      <source>Remove the scheduled renewal</source>
      <translation>Geplante Erneuerung entfernen</translation>
    </message>
    <message>
      <source>Removing…</source>
      <translation>Wird entfernt …</translation>
    </message>
    <message>
      <source>Renewal when certdesk is not running</source>
      <translation>Erneuerung, wenn certdesk nicht läuft</translation>
    </message>
    <message>
      <source>Scheduled renewal status</source>
      <translation>Status der geplanten Erneuerung</translation>
    </message>
    <message>
      <source>Show what the schedule installs</source>
      <translation>Zeigen, was der Zeitplan einrichtet</translation>
    </message>
    <message>
      <source>Start at login</source>
      <translation>Start bei Anmeldung</translation>
    </message>
    <message>
      <source>Start at login status</source>
      <translation>Status des Starts bei Anmeldung</translation>
    </message>
    <message>
      <source>Start certdesk in the tray when I log in</source>
      <translation>certdesk bei meiner Anmeldung im Infobereich starten</translation>
    </message>
    <message>
      <source>What the schedule installs</source>
      <translation>Was der Zeitplan einrichtet</translation>
    </message>
    <message>
      <source>e.g. 30, 14, 7, 1</source>
      <translation>z. B. 30, 14, 7, 1</translation>
    </message>
    <message>
      <source>e.g. 33, 10</source>
      <translation>z. B. 33, 10</translation>
    </message>
  </context>
  <context>
    <name>RenewDialog</name>
    <message>
      <source>&amp;Cancel renewal</source>
      <translation>Erneuerung a&amp;bbrechen</translation>
    </message>
    <message>
      <source>C&amp;lose</source>
      <translation>Sch&amp;ließen</translation>
    </message>
    <message>
      <source>C&amp;ontinue</source>
      <translation>&amp;Fortfahren</translation>
    </message>
    <message>
      <source>Cancel the renewal</source>
      <translation>Erneuerung abbrechen</translation>
    </message>
    <message>
      <source>Cancelled.</source>
      <translation>Abgebrochen.</translation>
    </message>
    <message>
      <source>Cancelling…</source>
      <translation>Wird abgebrochen …</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Schließen</translation>
    </message>
    <message>
      <source>Continue the renewal</source>
      <translation>Erneuerung fortsetzen</translation>
    </message>
    <message>
      <source>Create these TXT records at your DNS host; certdesk checks every nameserver and enables Continue when all of them serve the records, or finish later from Pending orders.</source>
      <translation>Legen Sie diese TXT-Einträge bei Ihrem DNS-Anbieter an; certdesk prüft jeden Nameserver und aktiviert „Fortfahren“, sobald alle die Einträge ausliefern – oder machen Sie später unter „Offene Aufträge“ weiter.</translation>
    </message>
    <message>
      <source>Finish &amp;later</source>
      <translation>&amp;Später fertigstellen</translation>
    </message>
    <message>
      <source>Give this order up (the CA's pending authorizations are released)</source>
      <translation>Diesen Auftrag aufgeben (die offenen Autorisierungen der CA werden freigegeben)</translation>
    </message>
    <message>
      <source>Keep the order; continue it from Pending orders</source>
      <translation>Den Auftrag behalten; unter „Offene Aufträge“ fortsetzen</translation>
    </message>
    <message>
      <source>Renew {name}</source>
      <translation>{name} erneuern</translation>
    </message>
    <message>
      <source>Renewing…</source>
      <translation>Wird erneuert …</translation>
    </message>
    <message>
      <source>Result</source>
      <translation>Ergebnis</translation>
    </message>
    <message>
      <source>The order waits for you: resume it from “Pending orders” once the records are in place.</source>
      <translation>Der Auftrag wartet auf Sie: Setzen Sie ihn unter „Offene Aufträge“ fort, sobald die Einträge angelegt sind.</translation>
    </message>
    <message>
      <source>What certdesk needs from you</source>
      <translation>Was certdesk von Ihnen braucht</translation>
    </message>
    <message>
      <source>What to do: {hint}</source>
      <translation>Was zu tun ist: {hint}</translation>
    </message>
    <message>
      <source>{name} was renewed.</source>
      <translation>{name} wurde erneuert.</translation>
    </message>
  </context>
  <context>
    <name>RestoreDialog</name>
    <message>
      <source>&amp;Browse…</source>
      <translation>&amp;Durchsuchen …</translation>
    </message>
    <message>
      <source>&amp;Restore</source>
      <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
      <source>&lt;b&gt;This data folder already holds {certificates} certificate(s) and {accounts} account(s)&lt;/b&gt;, so a backup cannot be restored into it:&lt;br&gt;&lt;tt&gt;{home}&lt;/tt&gt;&lt;br&gt;&lt;br&gt;To restore, start certdesk with a new, empty data folder, then choose File ▸ Restore… there:&lt;br&gt;&lt;tt&gt;{command}&lt;/tt&gt;&lt;br&gt;&lt;br&gt;To replace this data instead: back it up first, quit certdesk and move the folder away.</source>
      <translation>&lt;b&gt;Dieser Datenordner enthält bereits Zertifikate ({certificates}) und Konten ({accounts})&lt;/b&gt;, daher kann keine Sicherung in ihn wiederhergestellt werden:&lt;br&gt;&lt;tt&gt;{home}&lt;/tt&gt;&lt;br&gt;&lt;br&gt;Zum Wiederherstellen starten Sie certdesk mit einem neuen, leeren Datenordner und wählen dort Datei ▸ Wiederherstellen …:&lt;br&gt;&lt;tt&gt;{command}&lt;/tt&gt;&lt;br&gt;&lt;br&gt;Um stattdessen diese Daten zu ersetzen: sichern Sie sie zuerst, beenden Sie certdesk und verschieben Sie den Ordner.</translation>
    </message>
    <message>
      <source>Backup &amp;file:</source>
      <translation>Sicherungs&amp;datei:</translation>
    </message>
    <message>
      <source>Backup file</source>
      <translation>Sicherungsdatei</translation>
    </message>
    <message>
      <source>Brings back everything a certdesk backup holds: accounts, certificates, keys, settings, DNS credentials and export targets. A backup is only restored into an empty data folder, so nothing is overwritten or mixed.</source>
      <translation>Holt alles zurück, was eine certdesk-Sicherung enthält: Konten, Zertifikate, Schlüssel, Einstellungen, DNS-Zugangsdaten und Exportziele. Eine Sicherung wird nur in einen leeren Datenordner wiederhergestellt, damit nichts überschrieben oder vermischt wird.</translation>
    </message>
    <message>
      <source>Checking the data folder {home}…</source>
      <translation>Der Datenordner {home} wird geprüft …</translation>
    </message>
    <message>
      <source>Choose the backup</source>
      <translation>Sicherung wählen</translation>
    </message>
    <message>
      <source>Choose the backup file</source>
      <translation>Sicherungsdatei wählen</translation>
    </message>
    <message>
      <source>Data folder</source>
      <translation>Datenordner</translation>
    </message>
    <message>
      <source>Decrypting and restoring…</source>
      <translation>Entschlüsseln und wiederherstellen …</translation>
    </message>
    <message>
      <source>Pass&amp;phrase:</source>
      <translation>Pass&amp;phrase:</translation>
    </message>
    <message>
      <source>Passphrase</source>
      <translation>Passphrase</translation>
    </message>
    <message>
      <source>Restore</source>
      <translation>Wiederherstellen</translation>
    </message>
    <message>
      <source>Restore a backup</source>
      <translation>Eine Sicherung wiederherstellen</translation>
    </message>
    <message>
      <source>Restored into &lt;tt&gt;{home}&lt;/tt&gt;.</source>
      <translation>Wiederhergestellt in &lt;tt&gt;{home}&lt;/tt&gt;.</translation>
    </message>
    <message>
      <source>The backup of {created} was restored.</source>
      <translation>Die Sicherung vom {created} wurde wiederhergestellt.</translation>
    </message>
    <message>
      <source>This data folder is empty, so the backup can be restored here:&lt;br&gt;&lt;tt&gt;{home}&lt;/tt&gt;</source>
      <translation>Dieser Datenordner ist leer, daher kann die Sicherung hier wiederhergestellt werden:&lt;br&gt;&lt;tt&gt;{home}&lt;/tt&gt;</translation>
    </message>
    <message>
      <source>certdesk backups (*{suffix});;All files (*)</source>
      <translation>certdesk-Sicherungen (*{suffix});;Alle Dateien (*)</translation>
    </message>
    <message>
      <source>the backup file to restore</source>
      <translation>die wiederherzustellende Sicherungsdatei</translation>
    </message>
    <message>
      <source>the passphrase chosen for the backup</source>
      <translation>die für die Sicherung gewählte Passphrase</translation>
    </message>
  </context>
  <context>
    <name>RestoredCommands</name>
    <message>
      <source>&amp;Allow these commands</source>
      <translation>Diese Befehle &amp;erlauben</translation>
    </message>
    <message>
      <source>Allow the restored commands</source>
      <translation>Wiederhergestellte Befehle erlauben</translation>
    </message>
    <message>
      <source>Allow them only if you know them.</source>
      <translation>Erlauben Sie sie nur, wenn Sie sie kennen.</translation>
    </message>
    <message>
      <source>Restored commands</source>
      <translation>Wiederhergestellte Befehle</translation>
    </message>
    <message>
      <source>These commands came with the backup and will not run until you allow them:</source>
      <translation>Diese Befehle kamen mit der Sicherung und laufen erst, wenn Sie sie erlauben:</translation>
    </message>
    <message>
      <source>{n} command(s) allowed; they run from now on.</source>
      <translation>Befehle erlaubt: {n}; sie laufen ab jetzt.</translation>
    </message>
  </context>
  <context>
    <name>RevokeDialog</name>
    <message>
      <source>&amp;Reason:</source>
      <translation>&amp;Grund:</translation>
    </message>
    <message>
      <source>&lt;b&gt;Revoking cannot be undone.&lt;/b&gt; Browsers stop trusting {label} and servers using it show errors until they get a new certificate.</source>
      <translation>&lt;b&gt;Ein Widerruf kann nicht rückgängig gemacht werden.&lt;/b&gt; Browser vertrauen {label} nicht mehr, und Server, die es verwenden, zeigen Fehler, bis sie ein neues Zertifikat erhalten.</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>Grund</translation>
    </message>
    <message>
      <source>Revoke</source>
      <translation>Widerrufen</translation>
    </message>
    <message>
      <source>Revoke {label}</source>
      <translation>{label} widerrufen</translation>
    </message>
  </context>
  <context>
    <name>SettingsDialog</name>
    <message>
      <source>&amp;Open the data folder</source>
      <translation>Datenordner ö&amp;ffnen</translation>
    </message>
    <message>
      <source>(the first account)</source>
      <translation>(das erste Konto)</translation>
    </message>
    <message>
      <source>DNS credentials</source>
      <translation>DNS-Zugangsdaten</translation>
    </message>
    <message>
      <source>Data</source>
      <translation>Daten</translation>
    </message>
    <message>
      <source>Data folder</source>
      <translation>Datenordner</translation>
    </message>
    <message>
      <source>Database</source>
      <translation>Datenbank</translation>
    </message>
    <message>
      <source>Default &amp;account:</source>
      <translation>Standard&amp;konto:</translation>
    </message>
    <message>
      <source>Default &amp;key type:</source>
      <translation>Standard-&amp;Schlüsseltyp:</translation>
    </message>
    <message>
      <source>Default account</source>
      <translation>Standardkonto</translation>
    </message>
    <message>
      <source>Default key type</source>
      <translation>Standard-Schlüsseltyp</translation>
    </message>
    <message>
      <source>Defaults</source>
      <translation>Vorgaben</translation>
    </message>
    <message>
      <source>Logs</source>
      <translation>Protokolle</translation>
    </message>
    <message>
      <source>Notifications</source>
      <translation>Benachrichtigungen</translation>
    </message>
    <message>
      <source>Open the data folder</source>
      <translation>Datenordner öffnen</translation>
    </message>
    <message>
      <source>Private keys and DNS credentials are stored encrypted; the key to them is kept in the system keyring.</source>
      <translation>Private Schlüssel und DNS-Zugangsdaten werden verschlüsselt gespeichert; der Schlüssel dazu liegt im Schlüsselbund des Systems.</translation>
    </message>
    <message>
      <source>Reminders &amp;&amp; start at login</source>
      <translation>Erinnerungen &amp;&amp; Start bei Anmeldung</translation>
    </message>
    <message>
      <source>Renew automatically in the background</source>
      <translation>Im Hintergrund automatisch erneuern</translation>
    </message>
    <message>
      <source>Settings</source>
      <translation>Einstellungen</translation>
    </message>
    <message>
      <source>Settings sections</source>
      <translation>Bereiche der Einstellungen</translation>
    </message>
    <message>
      <source>The account list could not be read: {error}</source>
      <translation>Die Kontenliste konnte nicht gelesen werden: {error}</translation>
    </message>
    <message>
      <source>{id} (the account list could not be read)</source>
      <translation>{id} (die Kontenliste konnte nicht gelesen werden)</translation>
    </message>
  </context>
  <context>
    <name>ShortcutsDialog</name>
    <message>
      <source>All actions for the selected row</source>
      <translation>Alle Aktionen für die gewählte Zeile</translation>
    </message>
    <message>
      <source>Alt+underlined letter</source>
      <translation>Alt+unterstrichener Buchstabe</translation>
    </message>
    <message>
      <source>Enter</source>
      <translation>Eingabetaste</translation>
    </message>
    <message>
      <source>Go to that field, button or tab</source>
      <translation>Zu diesem Feld, Knopf oder Reiter springen</translation>
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
      <source>Menu key or Shift+F10</source>
      <translation>Menütaste oder Umschalt+F10</translation>
    </message>
    <message>
      <source>Open the selected row (like a double-click)</source>
      <translation>Die gewählte Zeile öffnen (wie ein Doppelklick)</translation>
    </message>
    <message>
      <source>Remove the selected certificate or account, cancel the selected order</source>
      <translation>Das gewählte Zertifikat oder Konto entfernen, den gewählten Auftrag abbrechen</translation>
    </message>
    <message>
      <source>Search the current table</source>
      <translation>Die aktuelle Tabelle durchsuchen</translation>
    </message>
    <message>
      <source>What it does</source>
      <translation>Was es tut</translation>
    </message>
    <message>
      <source>Wizard: Next, Back</source>
      <translation>Assistent: Weiter, Zurück</translation>
    </message>
  </context>
  <context>
    <name>StepsView</name>
    <message>
      <source>Current step</source>
      <translation>Aktueller Schritt</translation>
    </message>
    <message>
      <source>Elapsed time</source>
      <translation>Verstrichene Zeit</translation>
    </message>
    <message>
      <source>Elapsed: {time}</source>
      <translation>Verstrichen: {time}</translation>
    </message>
    <message>
      <source>Failed at: {step}</source>
      <translation>Fehlgeschlagen bei: {step}</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>Hinweise</translation>
    </message>
    <message>
      <source>Now: {step}</source>
      <translation>Jetzt: {step}</translation>
    </message>
    <message>
      <source>Starting…</source>
      <translation>Wird gestartet …</translation>
    </message>
    <message>
      <source>Steps</source>
      <translation>Schritte</translation>
    </message>
    <message>
      <source>not needed</source>
      <translation>nicht nötig</translation>
    </message>
    <message>
      <source>{step}: {state}</source>
      <translation>{step}: {state}</translation>
    </message>
  </context>
  <context>
    <name>TargetEditor</name>
    <message>
      <source> s</source>
      <translation> s</translation>
    </message>
    <message>
      <source>&amp;Browse…</source>
      <translation>&amp;Durchsuchen …</translation>
    </message>
    <message>
      <source>&amp;Command:</source>
      <translation>&amp;Befehl:</translation>
    </message>
    <message>
      <source>&amp;Folder:</source>
      <translation>&amp;Ordner:</translation>
    </message>
    <message>
      <source>&amp;Password:</source>
      <translation>&amp;Passwort:</translation>
    </message>
    <message>
      <source>&amp;Save</source>
      <translation>&amp;Speichern</translation>
    </message>
    <message>
      <source>&amp;Then run:</source>
      <translation>&amp;Danach ausführen:</translation>
    </message>
    <message>
      <source>About the command</source>
      <translation>Zum Befehl</translation>
    </message>
    <message>
      <source>About the format</source>
      <translation>Zum Format</translation>
    </message>
    <message>
      <source>Add an export target</source>
      <translation>Exportziel hinzufügen</translation>
    </message>
    <message>
      <source>Choose a folder.</source>
      <translation>Wählen Sie einen Ordner.</translation>
    </message>
    <message>
      <source>Choose at least one format.</source>
      <translation>Wählen Sie mindestens ein Format.</translation>
    </message>
    <message>
      <source>Choose the folder</source>
      <translation>Ordner wählen</translation>
    </message>
    <message>
      <source>Command</source>
      <translation>Befehl</translation>
    </message>
    <message>
      <source>Command preset</source>
      <translation>Befehlsvorlage</translation>
    </message>
    <message>
      <source>Command time limit in seconds</source>
      <translation>Zeitlimit des Befehls in Sekunden</translation>
    </message>
    <message>
      <source>Custom command</source>
      <translation>Eigener Befehl</translation>
    </message>
    <message>
      <source>Edit export target</source>
      <translation>Exportziel bearbeiten</translation>
    </message>
    <message>
      <source>Export target folder</source>
      <translation>Ordner des Exportziels</translation>
    </message>
    <message>
      <source>File na&amp;me:</source>
      <translation>Datei&amp;name:</translation>
    </message>
    <message>
      <source>File name</source>
      <translation>Dateiname</translation>
    </message>
    <message>
      <source>Folder</source>
      <translation>Ordner</translation>
    </message>
    <message>
      <source>Forget the saved password</source>
      <translation>Gespeichertes Passwort vergessen</translation>
    </message>
    <message>
      <source>Formats:</source>
      <translation>Formate:</translation>
    </message>
    <message>
      <source>Friendly &amp;name:</source>
      <translation>Anzeige&amp;name:</translation>
    </message>
    <message>
      <source>Friendly name</source>
      <translation>Anzeigename</translation>
    </message>
    <message>
      <source>No command</source>
      <translation>Kein Befehl</translation>
    </message>
    <message>
      <source>Optional: reload a server or import the certificate into a certificate store after the files are written.</source>
      <translation>Optional: einen Server neu laden oder das Zertifikat in einen Zertifikatspeicher importieren, nachdem die Dateien geschrieben sind.</translation>
    </message>
    <message>
      <source>PFX files need a password.</source>
      <translation>PFX-Dateien brauchen ein Passwort.</translation>
    </message>
    <message>
      <source>Password</source>
      <translation>Passwort</translation>
    </message>
    <message>
      <source>Point at a format to see what it is for. PEM suits nginx and Apache; PFX suits IIS and Windows.</source>
      <translation>Zeigen Sie auf ein Format, um zu sehen, wofür es gedacht ist. PEM passt zu nginx und Apache, PFX zu IIS und Windows.</translation>
    </message>
    <message>
      <source>Run again after every renewal</source>
      <translation>Nach jeder Erneuerung erneut ausführen</translation>
    </message>
    <message>
      <source>Runs in the target folder. It gets CERTDESK_CERT_ID, CERTDESK_FILES, CERTDESK_PFX and CERTDESK_PASSWORD in its environment.</source>
      <translation>Läuft im Zielordner. Er erhält CERTDESK_CERT_ID, CERTDESK_FILES, CERTDESK_PFX und CERTDESK_PASSWORD in seiner Umgebung.</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Speichern</translation>
    </message>
    <message>
      <source>Saving…</source>
      <translation>Wird gespeichert …</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>T&amp;ime limit:</source>
      <translation>&amp;Zeitlimit:</translation>
    </message>
    <message>
      <source>The name Windows and keystores show for the PFX.</source>
      <translation>Der Name, den Windows und Schlüsselspeicher für die PFX-Datei anzeigen.</translation>
    </message>
    <message>
      <source>The name of single-file exports, e.g. NAME.pfx; PEM files keep certbot's names.</source>
      <translation>Der Name von Exporten in eine einzelne Datei, z. B. NAME.pfx; PEM-Dateien behalten die Namen von certbot.</translation>
    </message>
    <message>
      <source>certdesk does not hold this certificate's private key.</source>
      <translation>certdesk hat den privaten Schlüssel dieses Zertifikats nicht.</translation>
    </message>
    <message>
      <source>optional: encrypts the key file</source>
      <translation>optional: verschlüsselt die Schlüsseldatei</translation>
    </message>
    <message>
      <source>required for PFX</source>
      <translation>für PFX erforderlich</translation>
    </message>
    <message>
      <source>run in the folder after the files are written</source>
      <translation>läuft im Ordner, nachdem die Dateien geschrieben sind</translation>
    </message>
    <message>
      <source>saved; leave empty to keep it</source>
      <translation>gespeichert; leer lassen, um es zu behalten</translation>
    </message>
    <message>
      <source>where the files are written, e.g. /etc/nginx/certs</source>
      <translation>wohin die Dateien geschrieben werden, z. B. /etc/nginx/certs</translation>
    </message>
  </context>
  <context>
    <name>TargetModel</name>
    <message>
      <source>Folder</source>
      <translation>Ordner</translation>
    </message>
    <message>
      <source>Formats</source>
      <translation>Formate</translation>
    </message>
    <message>
      <source>Last run</source>
      <translation>Zuletzt ausgeführt</translation>
    </message>
    <message>
      <source>On renewal</source>
      <translation>Bei Erneuerung</translation>
    </message>
    <message>
      <source>Then run</source>
      <translation>Danach ausführen</translation>
    </message>
    <message>
      <source>failed</source>
      <translation>fehlgeschlagen</translation>
    </message>
    <message>
      <source>never</source>
      <translation>nie</translation>
    </message>
    <message>
      <source>no</source>
      <translation>nein</translation>
    </message>
    <message>
      <source>ok</source>
      <translation>ok</translation>
    </message>
    <message>
      <source>yes</source>
      <translation>ja</translation>
    </message>
  </context>
  <context>
    <name>TargetsDialog</name>
    <message>
      <source>&amp;Add…</source>
      <translation>&amp;Hinzufügen …</translation>
    </message>
    <message>
      <source>&amp;Deploy…</source>
      <translation>&amp;Ausrollen …</translation>
    </message>
    <message>
      <source>&amp;Edit…</source>
      <translation>&amp;Bearbeiten …</translation>
    </message>
    <message>
      <source>&amp;Run now</source>
      <translation>&amp;Jetzt ausführen</translation>
    </message>
    <message>
      <source>Add an export target</source>
      <translation>Exportziel hinzufügen</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Schließen</translation>
    </message>
    <message>
      <source>Done</source>
      <translation>Fertig</translation>
    </message>
    <message>
      <source>Edit the selected target</source>
      <translation>Das gewählte Ziel bearbeiten</translation>
    </message>
    <message>
      <source>Export targets</source>
      <translation>Exportziele</translation>
    </message>
    <message>
      <source>Export targets of {label}</source>
      <translation>Exportziele von {label}</translation>
    </message>
    <message>
      <source>Failed</source>
      <translation>Fehlgeschlagen</translation>
    </message>
    <message>
      <source>Files already written there are left as they are.</source>
      <translation>Dort bereits geschriebene Dateien bleiben, wie sie sind.</translation>
    </message>
    <message>
      <source>No export targets yet. Add one: choose a folder and the formats to write there.</source>
      <translation>Noch keine Exportziele. Fügen Sie eines hinzu: Wählen Sie einen Ordner und die Formate, die dort geschrieben werden.</translation>
    </message>
    <message>
      <source>Re&amp;move</source>
      <translation>&amp;Entfernen</translation>
    </message>
    <message>
      <source>Remove export target</source>
      <translation>Exportziel entfernen</translation>
    </message>
    <message>
      <source>Remove the selected target</source>
      <translation>Das gewählte Ziel entfernen</translation>
    </message>
    <message>
      <source>Removed the target {folder}.</source>
      <translation>Das Ziel {folder} wurde entfernt.</translation>
    </message>
    <message>
      <source>Result</source>
      <translation>Ergebnis</translation>
    </message>
    <message>
      <source>Running {folder}…</source>
      <translation>{folder} wird ausgeführt …</translation>
    </message>
    <message>
      <source>Saved the target {folder}. Use “Run now” to write the files.</source>
      <translation>Das Ziel {folder} wurde gespeichert. Mit „Jetzt ausführen“ werden die Dateien geschrieben.</translation>
    </message>
    <message>
      <source>Stop exporting to {folder}?</source>
      <translation>Den Export nach {folder} beenden?</translation>
    </message>
    <message>
      <source>Windows preset and endpoint check of the selected target</source>
      <translation>Windows-Vorlage und Endpunktprüfung des gewählten Ziels</translation>
    </message>
    <message>
      <source>Write the files and run the command now</source>
      <translation>Die Dateien jetzt schreiben und den Befehl ausführen</translation>
    </message>
    <message>
      <source>certdesk writes this certificate into these folders when you run them and again after every renewal, then runs the command you chose (for example to reload nginx or import it into the Windows certificate store).</source>
      <translation>certdesk schreibt dieses Zertifikat in diese Ordner, wenn Sie sie ausführen, und erneut nach jeder Erneuerung, und führt dann den gewählten Befehl aus (etwa um nginx neu zu laden oder es in den Windows-Zertifikatspeicher zu importieren).</translation>
    </message>
  </context>
  <context>
    <name>Timeline</name>
    <message numerus="yes">
      <source>%n day(s) before expiry</source>
      <translation>
        <numerusform>%n Tag vor Ablauf</numerusform>
        <numerusform>%n Tage vor Ablauf</numerusform>
      </translation>
    </message>
    <message>
      <source>(sent)</source>
      <translation>(gesendet)</translation>
    </message>
    <message>
      <source>Expires</source>
      <translation>Läuft ab</translation>
    </message>
    <message>
      <source>Issued</source>
      <translation>Ausgestellt</translation>
    </message>
    <message>
      <source>Reminder: {when}</source>
      <translation>Erinnerung: {when}</translation>
    </message>
    <message>
      <source>Renewal due: needs you (manual validation or automatic renewal off)</source>
      <translation>Erneuerung fällig: braucht Sie (manuelle Validierung oder automatische Erneuerung aus)</translation>
    </message>
    <message>
      <source>Renewal timeline</source>
      <translation>Zeitleiste der Erneuerung</translation>
    </message>
    <message>
      <source>The CA suggests renewing from here until {end}</source>
      <translation>Die CA empfiehlt die Erneuerung ab hier bis {end}</translation>
    </message>
    <message>
      <source>The DNS persist record for {name} stops being valid</source>
      <translation>Der DNS-Persist-Eintrag für {name} verliert seine Gültigkeit</translation>
    </message>
    <message>
      <source>certdesk renews it automatically</source>
      <translation>certdesk erneuert es automatisch</translation>
    </message>
    <message>
      <source>now</source>
      <translation>jetzt</translation>
    </message>
    <message>
      <source>{p}% of the lifetime left</source>
      <translation>{p} % der Laufzeit übrig</translation>
    </message>
  </context>
  <context>
    <name>Tray</name>
    <message numerus="yes">
      <source>%n more…</source>
      <translation>
        <numerusform>%n weiteres …</numerusform>
        <numerusform>%n weitere …</numerusform>
      </translation>
    </message>
    <message>
      <source>Needs you</source>
      <translation>Braucht Sie</translation>
    </message>
    <message>
      <source>Open certdesk</source>
      <translation>certdesk öffnen</translation>
    </message>
    <message>
      <source>Open certdesk to continue the renewal.</source>
      <translation>Öffnen Sie certdesk, um die Erneuerung fortzusetzen.</translation>
    </message>
    <message>
      <source>Quit</source>
      <translation>Beenden</translation>
    </message>
    <message>
      <source>Renew due now</source>
      <translation>Fällige jetzt erneuern</translation>
    </message>
    <message>
      <source>Renewal of {label} failed</source>
      <translation>Erneuerung von {label} fehlgeschlagen</translation>
    </message>
    <message>
      <source>certdesk</source>
      <translation>certdesk</translation>
    </message>
    <message>
      <source>certdesk tray menu</source>
      <translation>Menü von certdesk im Infobereich</translation>
    </message>
    <message numerus="yes">
      <source>certdesk — %n item(s) to look at</source>
      <translation>
        <numerusform>certdesk – %n Eintrag zum Ansehen</numerusform>
        <numerusform>certdesk – %n Einträge zum Ansehen</numerusform>
      </translation>
    </message>
    <message>
      <source>certdesk — all certificates are fine</source>
      <translation>certdesk – alle Zertifikate sind in Ordnung</translation>
    </message>
    <message>
      <source>{endpoint} serves an outdated certificate</source>
      <translation>{endpoint} liefert ein veraltetes Zertifikat aus</translation>
    </message>
    <message>
      <source>{label} expires soon</source>
      <translation>{label} läuft bald ab</translation>
    </message>
    <message>
      <source>{label} needs you</source>
      <translation>{label} braucht Sie</translation>
    </message>
    <message>
      <source>{label} renewed</source>
      <translation>{label} erneuert</translation>
    </message>
    <message>
      <source>{name} — {what}</source>
      <translation>{name} – {what}</translation>
    </message>
    <message>
      <source>{ok} renewed, {bad} failed</source>
      <translation>{ok} erneuert, {bad} fehlgeschlagen</translation>
    </message>
  </context>
  <context>
    <name>UpcomingView</name>
    <message>
      <source>Certificate</source>
      <translation>Zertifikat</translation>
    </message>
    <message numerus="yes">
      <source>Nothing is planned for the next %n day(s).</source>
      <translation>
        <numerusform>Für den nächsten Tag ist nichts geplant.</numerusform>
        <numerusform>Für die nächsten %n Tage ist nichts geplant.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>The next %n day(s)</source>
      <translation>
        <numerusform>Der nächste Tag</numerusform>
        <numerusform>Die nächsten %n Tage</numerusform>
      </translation>
    </message>
    <message>
      <source>What</source>
      <translation>Was</translation>
    </message>
    <message numerus="yes">
      <source>What happens in the next %n day(s)</source>
      <translation>
        <numerusform>Was am nächsten Tag geschieht</numerusform>
        <numerusform>Was in den nächsten %n Tagen geschieht</numerusform>
      </translation>
    </message>
    <message>
      <source>When</source>
      <translation>Wann</translation>
    </message>
  </context>
  <context>
    <name>ValidationPage</name>
    <message>
      <source>&amp;Get certificate</source>
      <translation>Zertifikat &amp;holen</translation>
    </message>
    <message>
      <source>&amp;Method:</source>
      <translation>&amp;Methode:</translation>
    </message>
    <message>
      <source>Built-in TLS server (TLS-ALPN)</source>
      <translation>Eingebauter TLS-Server (TLS-ALPN)</translation>
    </message>
    <message>
      <source>Built-in web server (HTTP)</source>
      <translation>Eingebauter Webserver (HTTP)</translation>
    </message>
    <message>
      <source>DNS credentials</source>
      <translation>DNS-Zugangsdaten</translation>
    </message>
    <message>
      <source>DNS hook command</source>
      <translation>DNS-Hook-Befehl</translation>
    </message>
    <message>
      <source>DNS provider API</source>
      <translation>API des DNS-Anbieters</translation>
    </message>
    <message>
      <source>DNS record, created by hand</source>
      <translation>DNS-Eintrag, von Hand angelegt</translation>
    </message>
    <message>
      <source>Existing web server (webroot)</source>
      <translation>Vorhandener Webserver (Webroot)</translation>
    </message>
    <message>
      <source>How should certdesk prove the names are yours?</source>
      <translation>Wie soll certdesk nachweisen, dass die Namen Ihnen gehören?</translation>
    </message>
    <message>
      <source>IP addresses need HTTP or TLS-ALPN: choose one</source>
      <translation>IP-Adressen brauchen HTTP oder TLS-ALPN: bitte wählen</translation>
    </message>
    <message>
      <source>Method</source>
      <translation>Methode</translation>
    </message>
    <message>
      <source>Method for {name}</source>
      <translation>Methode für {name}</translation>
    </message>
    <message>
      <source>Method settings</source>
      <translation>Einstellungen der Methode</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <source>Problems</source>
      <translation>Probleme</translation>
    </message>
    <message>
      <source>Saved DNS credentials could not be read: {what} {hint}</source>
      <translation>Gespeicherte DNS-Zugangsdaten konnten nicht gelesen werden: {what} {hint}</translation>
    </message>
    <message>
      <source>Settings</source>
      <translation>Einstellungen</translation>
    </message>
    <message>
      <source>The CA checks a DNS record or a web answer for each name. Choose one method for all names, or one per name.</source>
      <translation>Die CA prüft für jeden Namen einen DNS-Eintrag oder eine Web-Antwort. Wählen Sie eine Methode für alle Namen oder eine pro Name.</translation>
    </message>
    <message>
      <source>Used for every name unless changed below</source>
      <translation>Gilt für jeden Namen, sofern unten nicht geändert</translation>
    </message>
    <message>
      <source>Validation method for all names</source>
      <translation>Validierungsmethode für alle Namen</translation>
    </message>
    <message>
      <source>Validation method per name</source>
      <translation>Validierungsmethode je Name</translation>
    </message>
    <message>
      <source>Web file, uploaded by hand</source>
      <translation>Web-Datei, von Hand hochgeladen</translation>
    </message>
    <message>
      <source>Wildcards need DNS validation: choose one</source>
      <translation>Platzhalter brauchen DNS-Validierung: bitte wählen</translation>
    </message>
  </context>
  <context>
    <name>errors</name>
    <message>
      <source>Error</source>
      <translation>Fehler</translation>
    </message>
    <message>
      <source>Something went wrong: {kind}: {text}</source>
      <translation>Etwas ist schiefgegangen: {kind}: {text}</translation>
    </message>
    <message>
      <source>This is a bug in certdesk. Please report it with the details below.</source>
      <translation>Das ist ein Fehler in certdesk. Bitte melden Sie ihn mit den Details unten.</translation>
    </message>
    <message>
      <source>certdesk</source>
      <translation>certdesk</translation>
    </message>
  </context>
</TS>
