<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
  <context>
    <name>AboutDialog</name>
    <message>
      <source>&amp;Components</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Licence texts</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&lt;p&gt;A desktop manager for ACME certificates.&lt;/p&gt;</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&lt;p&gt;Released under the {licence} licence. certdesk is built on open-source components; their licences are listed below.&lt;/p&gt;</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>About certdesk</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Component</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Components</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Licence</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Licence texts</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Loading…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>See the licence texts.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The component list could not be read: </source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Version</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>AccountActions</name>
    <message>
      <source>&amp;Agree and register</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Deactivate</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Deactivate at the CA…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Remove</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Remove from certdesk…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Replace key</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Add e&amp;xisting account…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Change the e-mail addresses the CA writes to</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Close the account at the CA for good</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Contacts saved.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Deactivate the account</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Deactivate {name} at the CA?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Edit &amp;contacts…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Forget the account here; the CA keeps it</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Give the account a new key at the CA (key rollover)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Give {name} a new key?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Register a&amp;gain…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Register the account again</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Register this key again, e.g. after the CA forgot the account</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Register {name} again with its key?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Registering again means you agree to the CA's terms of service.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Registering again means you agree to the CA's terms of service: {url}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Remove the account</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Remove {name} from certdesk?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Replace &amp;key…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Replace the account key</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The account is registered again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The account key was replaced.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The account was deactivated.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The account was removed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The existing account was added.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This cannot be undone. The CA refuses every further request from this account: no new certificates, no renewals, no revocations with it. Certificates already issued stay valid until they expire.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Use an account you already have, from its key file</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Use this when the CA says it does not know the account (for example after a test CA was reset). If the CA still knows the key, certdesk only updates the account's address.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Working…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>certdesk forgets the account and deletes its key here. The account stays at the CA (deactivate it first to close it there). Certificates issued with it can no longer be renewed or revoked until you add an account again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>certdesk makes a new key and asks the CA to switch to it (RFC 8555 key rollover). The old key stops working; certificates stay valid. Do this when the old key may have been seen by someone else.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>AccountDialog</name>
    <message>
      <source>&amp;CA:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;E-mail:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;HMAC key:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Account &amp;key:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Account key type</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Add an ACME account</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Agree to the terms of service</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>An account at a certificate authority (CA) is what certdesk uses to ask for certificates. Use a staging CA to try things out: its certificates are not trusted, but nothing counts against limits.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>CA &amp;bundle:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>CA bundle</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Certificate authority</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Choose the CA's root certificate</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Contact e-mail addresses</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Contacting the CA…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Create account</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Directory URL</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Directory URL:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>EAB HMAC key</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>EAB key ID</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Enter the URL below</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>External account binding</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>External account binding (EAB)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>I &amp;agree to the CA's terms of service</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Key &amp;ID:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Only for a private CA (step-ca, Vault)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Registering the account at the CA…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Some CAs require it; your CA gives you a key ID and an HMAC key.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Terms of service: {link}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The root certificate that signed your private ACME server's TLS certificate (PEM).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This CA needs an EAB key ID and HMAC key.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Working</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>admin@example.com (optional, for the CA's notices)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{name} (staging — for testing)</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>AccountModel</name>
    <message>
      <source>CA directory</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Contacts</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Created</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Key</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Status</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>AccountPage</name>
    <message>
      <source>&amp;Add account…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Label:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Profile:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Renew automatically before it expires</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>(CA default)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>A&amp;ccount:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>ACME account</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Account, profile and chain</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Add an ACME account</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>CA default (e.g. ISRG Root X1)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Certificate profile</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Could not ask the CA for its profiles ({what}); you can still type a profile name or use the CA's default.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Label</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Preferred &amp;chain:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Preferred chain</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Renew automatically</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The ACME account that asks for the certificate. The defaults suit almost everyone.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This CA has no profiles to choose.</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>This CA offers %n profile(s).</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message>
      <source>the first name</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ActivityActions</name>
    <message>
      <source>&amp;Copy</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Show certificate</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Select the certificate this entry is about</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>AttentionModel</name>
    <message>
      <source>Certificate</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Critical</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Endpoint</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Expired</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Expiring</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Needs you</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>OK</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Order failed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Problem</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Renewal failed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Severity</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Since</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Warning</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>What happened</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>What to do</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>AttentionView</name>
    <message>
      <source>&amp;Open</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>About this list</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Attention</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Certificates that expire soon, renewals that failed, manual DNS steps and servers that still serve an old certificate are listed here, worst first. The list is kept even where your system shows no notifications.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Check &amp;again</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Check again</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Could not compute the list: {error}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Last updated</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Nothing needs your attention</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Open the certificate, or continue its manual step (Enter or double-click does the same)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Open the selected item</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Recompute what needs attention now</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Search what needs attention</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Selected item</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Updated at {time}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>What needs you, worst first. This system shows no notifications from certdesk, so reminders, failed renewals and endpoint warnings appear only here, in the tray menu and in the activity log.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>What needs you, worst first. certdesk also tells you through notifications from the tray.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>BackupDialog</name>
    <message numerus="yes">
      <source>%n account(s)</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <source>%n certificate(s)</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <source>%n encrypted secret(s)</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <source>%n export target(s)</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <source>%n version(s)</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message>
      <source>&amp;Back up</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Browse…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Save to:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Back up</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Back up certdesk</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Backup file</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Choose where to save the backup</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Choose where to save the backup.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Encrypting and writing the backup…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Keep the passphrase safe: without it the backup cannot be restored.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Save the backup</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Saves everything into one file encrypted with a passphrase: ACME accounts and their keys, certificates and their keys, settings, DNS credentials and export targets. Restore it on this or another computer with File ▸ Restore…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The backup was written.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>certdesk backups (*{suffix});;All files (*)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>where to save the backup</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{accounts}, {certificates} with {versions}, {targets} and {secrets}</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>CertificateActions</name>
    <message>
      <source> It stays valid at the CA until it expires; revoke it first if its key may be compromised.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Remove</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Delete the certificate and its keys from certdesk</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Get the certificate again with other names or another key</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Re-&amp;issue…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Remo&amp;ve…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Remove the certificate</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Remove {label} and its private keys?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Renewal se&amp;ttings…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Settings saved.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The certificate was removed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Validation method and automatic renewal of the selected certificate</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>certdesk deletes the certificate, all its earlier versions and their private keys, and stops renewing it. Files you exported stay where they are. This cannot be undone.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>CertificateModel</name>
    <message>
      <source>Active</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Auto-renew</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>CA</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Due for renewal.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Expired: renew it now.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Expires</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Expires very soon: renew it now.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Failed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Imported</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Names</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No certificate has been issued yet.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Pending</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Revoked</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Valid.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Validation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>no</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>not issued</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>yes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{date} (expired {n} d ago)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{date} ({n} d left)</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>CertificateSettingsDialog</name>
    <message>
      <source>&amp;Validation:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Renew &amp;automatically</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Renew automatically</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Renewal settings of {label}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>These names keep their own method: {names}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>These settings apply from the next renewal on; the current certificate stays as it is. To change the names or the key, use “Re-issue…”.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Validation method</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ContactsDialog</name>
    <message>
      <source>&amp;E-mail addresses:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Save at the CA</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Contact e-mail addresses</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Contacts of {name}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The CA sends notices about this account (expiry, policy changes) to these addresses. Leave it empty to get none.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>CrashReporter</name>
    <message>
      <source>No log file could be written.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The details are also in the log file {path}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This is a bug in certdesk. Please report it with the details below.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Unexpected error</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>certdesk</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>CredentialsPanel</name>
    <message>
      <source>&amp;Name:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Provider:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Remove</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Save credentials</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Test credentials</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Add credentials</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Credentials name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>DNS credentials</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>DNS provider</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Remove the selected credentials</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Save credentials</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Saved DNS credentials</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Saved credentials (values are stored encrypted):</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Test the selected credentials</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>e.g. cloudflare-main</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>optional</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>required</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>DetailsPane</name>
    <message>
      <source>CA default</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Certificate details</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>Expired %n day(s) ago</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message>
      <source>History</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Issuer chain</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Key</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Names</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Next renewal</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Profile</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Renewal window</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>SHA-1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>SHA-256</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Select a certificate to see its details.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Serial</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Subject</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Timeline</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Valid</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Validation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Validity period used</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>automatic renewal is off</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>not provided by the CA</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>{p}% of the lifetime used — %n day(s) left</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
  </context>
  <context>
    <name>DonePage</name>
    <message>
      <source>&amp;More formats…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&lt;b&gt;Files written:&lt;/b&gt;</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&lt;b&gt;{label}&lt;/b&gt; for {names}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Automatic renewal is off.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Certificate summary</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Export &amp;PEM files…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Export P&amp;FX…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Exported files</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The certificate and its key are stored (encrypted) in {home}. Export them to use them on a server.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Valid until {date}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Your certificate is ready</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>certdesk renews it automatically around {date}.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>EndpointModel</name>
    <message>
      <source>(the host)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Address</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Details</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Expired</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Expiring</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Last checked</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Not checked yet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Not issued by certdesk</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>OK</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Old certificate</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Server name (SNI)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Unreachable</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Wrong certificate</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>EndpointsDialog</name>
    <message numerus="yes">
      <source>%n endpoint(s)</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message>
      <source>&amp;Add</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Check now</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Remove</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>A&amp;dd an endpoint:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Add endpoint</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Adding {address}…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Check all endpoints now</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Checked just now: all endpoints serve the current certificate.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Checked just now: {n} need attention.</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>Connecting to %n endpoint(s)…</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message>
      <source>Endpoint address (host:port)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Endpoint warnings</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Endpoints</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Endpoints of {name}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No endpoints yet: add the servers that use this certificate below.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Only needed when the address is an IP address or differs from the name the server answers to</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Problem with the address</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Remove the selected endpoint</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Removing {address}…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Server name to send (SNI), optional</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>certdesk connects to these servers once a day (sending the server name, SNI) and warns when one still serves an old, expiring or wrong certificate — for example after a renewal that was not deployed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>host:port, e.g. www.example.com:443</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>server name (optional)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{n} of {total} endpoints need attention:</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>EventModel</name>
    <message>
      <source>Level</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Message</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>What</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>When</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>EventNames</name>
    <message>
      <source>Account contacts changed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Account deactivated</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Account key replaced</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Account registered</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Account registered again</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Account removed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Backup made</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Backup restored</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Certificate exported</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Certificate imported</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Certificate issued</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Certificate removed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Certificate renewed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Certificate revoked</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Existing account added</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Expiry reminder</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Export target added</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Export target removed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Export target written</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Notification failed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Order abandoned by the CA</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Order cancelled</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Order failed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Order sent to the CA</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Order started again</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Re-issue started</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Renewal failed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Renewal needs you</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Renewal not linked to the old certificate</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Renewal set up</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Renewal settings changed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Renewal skipped</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Renewal window moved</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Server shows another certificate</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Server unreachable</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Waiting for you</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ExportDialog</name>
    <message>
      <source>&amp;Browse…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Format:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Password:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Save to:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Choose the destination</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Choose the folder to export into.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Choose where to save the file.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Destination</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Enter a password to protect the exported key.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Export</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Export as</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Export into folder</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Export {label}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Exporting…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Format</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Password</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>optional</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>required</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>FileField</name>
    <message>
      <source>Browse…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Choose a file for {name}</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ImportDialog</name>
    <message>
      <source>&amp;Browse…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;File:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Import</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Key file:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Paste from clipboard</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Already here</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>B&amp;rowse…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Certificate file</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Certificates (*.pem *.crt *.cer *.der *.pfx *.p12 *.p7b *.p7c);;All files (*)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Chain</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Choose or drop a certificate file (PEM, DER, PFX/P12 or P7B, with its separate key file if it has one), or paste PEM text. Nothing is stored until you press Import.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Choose the certificate file</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Choose the key file</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Choose the private key</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Expires</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Import</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Import a certificate</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Importing…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Issuer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Key file</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Names</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No: certdesk can export the certificate, not PFX or key files. Add the key file to import it too.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Only one certificate and one key at a time; ignored: {files}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Or paste P&amp;EM:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>PEM text</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>PEM, DER, PFX/P12 or P7B file</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Pass&amp;word:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Password</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Paste PEM text from the clipboard</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Preview</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Private key</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Private keys (*.key *.pem);;All files (*)</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>Reading %n file(s)…</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message>
      <source>Reading…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ready to import {label}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>That is a private key. Now add the certificate that belongs to it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The clipboard holds no text.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This certificate is already in certdesk.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This file is protected by a password. Enter it, then press Enter.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Yes, as “{label}”. Open that entry instead.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Yes, {kind}, matches the certificate</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>optional: a separate private key (.key, privkey.pem)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the password the file was protected with</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>{date} (expired %n day(s) ago)</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <source>{date} (in %n day(s))</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
  </context>
  <context>
    <name>JobStatus</name>
    <message>
      <source>&amp;Close</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Working</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>KeyPage</name>
    <message>
      <source>    CSR file:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>    Certificate:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>    Key &amp;type:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Browse…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Reuse the key of an existing certificate</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>CSR file</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Certificate whose key to reuse</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Choose a CSR</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Choose a CSR file</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Could not read {path}: {error}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Create a ne&amp;w key</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Key and signing request</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Key type</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Most public CAs (Let's Encrypt included) drop these; fill them in only if your CA keeps them.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Signing requests (*.csr *.pem *.req);;All files (*)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Subject fields</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Subject fields (optional)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Use my own &amp;CSR (the key stays with you)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>certdesk makes a new private key for you. Change this only if you need a specific key type or already have a CSR.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message numerus="yes">
      <source>%n account(s)</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <source>%n certificate(s)</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message>
      <source>&amp;About certdesk</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Back up…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Certificate</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Export…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;File</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Help</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Import…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Keyboard shortcuts</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;New certificate</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Pending orders</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Pending orders ({n})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Quit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Renew</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Settings…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;View</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Acc&amp;ounts</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Accounts</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Activit&amp;y</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Activity</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Add &amp;account…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Add existing certificates from files</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>An account at a certificate authority (CA) is needed to get certificates. Let's Encrypt is free; use its staging twin to try things out.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Atte&amp;ntion</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Atte&amp;ntion ({n})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Bring back a backup into an empty data folder</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Cer&amp;tificates</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Certificates</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Defaults, DNS credentials, data folder</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>E&amp;ndpoints…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Every shortcut of certdesk</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Export &amp;targets…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Folders the selected certificate is written to after every renewal</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Get a new certificate from a CA</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Issuance, renewals, failures and exports are recorded here.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Loading…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Main toolbar</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No ACME accounts</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No certificates yet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No pending orders</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Nothing has happened yet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Orders waiting for you (e.g. a DNS record to create) or interrupted ones appear here, so you can resume them.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Pending orders</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Quit certdesk</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Re&amp;fresh</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Re&amp;voke…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Register an account at a CA</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Reload the lists</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Renew it (Ctrl+R): certdesk then shows the DNS records to create.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Renew the selected certificate now</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Res&amp;tore…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Revoke the selected certificate at the CA</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Save everything into one file encrypted with a passphrase</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Save the selected certificate and key to files</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Search accounts</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Search certificates (Ctrl+F)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Search orders</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Search the activity log</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Servers that should serve the selected certificate, checked daily</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Start with “New certificate”: enter your domain names, choose how to prove they are yours, and certdesk does the rest. You need an ACME account first; the wizard helps you create one. Already have certificates? Import them.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>That certificate is no longer in the list.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Views</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>certdesk</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{name} was renewed.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>MethodForm</name>
    <message>
      <source>&amp;Test credentials</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Add credentials in Settings → DNS credentials</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Browse…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Choose a folder for {label}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Choose the document root</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Test the DNS credentials</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>NamesPage</name>
    <message numerus="yes">
      <source>%n name(s) ready.</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message>
      <source>A wildcard covers one level of subdomains (not the base name itself) and needs DNS validation.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>IP addresses need HTTP or TLS-ALPN validation and a CA that supports them.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Line {n}: {error} {hint}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>N&amp;ames:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Name check</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Names, one per line</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>One name per line, e.g. www.example.com. Wildcards (*.example.com) and international names are fine.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Which names should the certificate cover?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{display} is sent to the CA as {ascii}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{n} names: most CAs allow at most {max} per certificate.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{unicode} mixes {scripts} letters and may imitate another name; the CA sees {ascii}. Check that this is the name you own.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>NewCertificateWizard</name>
    <message>
      <source>&amp;Stop the order</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>C&amp;ontinue</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Cancelled.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>New certificate</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Re-issue {label}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Resume order</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The certificate was issued.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The order is waiting for you. Resume it from “Pending orders” once the DNS records are in place.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>certdesk</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>certdesk needs you</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>NoticeBar</name>
    <message>
      <source>&amp;Hide</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Hide this warning</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Warning</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Warning text</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>NotificationsPage</name>
    <message>
      <source>&amp;Add channel</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;CA file:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Encryption:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;From:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Kind:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Name:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Password:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Remove</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Server:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Test</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;To:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;URL:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;User name:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>; daily digest</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Add a channel</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Add the channel</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Added '{name}'. Send a test to check it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>C&amp;A file:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>CA file for the SMTP server</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>CA file for the webhook</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Channel kind</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Channel name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Collect into one message a day (daily digest)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>E-mail (SMTP)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Encryption</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>F&amp;ormat:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>From address</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Notification channels</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Notification status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Remove the channel</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Removed '{name}'.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>SMTP password</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>SMTP server</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>SMTP user name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Send a test notification</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Send:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Sending a test notification through '{name}'…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The test notification was not delivered.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>To addresses</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Webhook</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Webhook URL</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Webhook format</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>all events</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>certdesk tells people when a renewal fails, a certificate needs someone, an endpoint serves an old certificate or a deployment did not take effect — also from the scheduled renewal at night.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>e.g. ops-mail</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>ops@example.com, oncall@example.com</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>optional: PEM file of a private CA</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>OrderActions</name>
    <message>
      <source>&amp;Cancel order…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Resume</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>C&amp;ancel order</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Cancel the order</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Continue the order where it stopped: certdesk shows what is still needed (e.g. DNS records) and asks the CA again</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Give the order up: its authorizations are released at the CA and temporary records or files removed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Give up the order for {names}?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Not undone: {what}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Order cancelled.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>certdesk tells the CA to release the order's pending authorizations and removes the temporary DNS records or files it created. The order cannot be resumed afterwards; a new certificate needs a new order.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>OrderModel</name>
    <message>
      <source>Cancelled</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Completed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Downloading</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Failed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Finalizing</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Kind</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Names</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>New</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Prepared</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Problem</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Renewal</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Sent to the CA</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>State</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Updated</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Validating</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Waiting for you</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>PassphraseFields</name>
    <message>
      <source>&amp;Again:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>A good passphrase. Keep it somewhere safe.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>A strong passphrase. Keep it somewhere safe.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>At least {n} characters. Without this passphrase the backup cannot be restored.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Could be longer: add another word.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Easy to guess. Add more words or characters.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Enter the passphrase again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Fair</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Good</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Pass&amp;phrase:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Passphrase</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Passphrase again</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Passphrase hint</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Passphrase strength</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Strength: {label}. {hint}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Strong</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The two passphrases differ.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Too short</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Use at least {n} characters; a few unrelated words are strong and easy to remember.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Weak</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ProgressPage</name>
    <message>
      <source>&amp;Back to validation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Cancel the order</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Retry</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Back to the validation method</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Cancel the order</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Change how the names are validated, then try again</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Getting your certificate</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Result</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Retry with a new order</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Try again with a new order and the same settings</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>certdesk works through these steps with the CA; each shows whether it is waiting, running, done or failed.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>RecordsPage</name>
    <message>
      <source>&amp;Continue</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Add the TXT records below at your DNS host. certdesk checks every nameserver and continues when all of them serve the records. You may close certdesk now and resume the order later.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>All nameservers serve the records. Continue when you are ready.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Continue &amp;anyway (the CA may not see the records yet)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Continue anyway</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Copy</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Copy the {what} of record {n}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Could not check: {error}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Create these DNS records</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>DNS records to create</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Nameserver</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Preparing the order with the CA…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Propagation status per nameserver</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Propagation summary</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Record</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Seen by the nameservers</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Type</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Value</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Waiting for the records to appear… (checked automatically)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>value</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>RecoverAccountDialog</name>
    <message>
      <source>&amp;Add account</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Name:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Account &amp;key:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Account key file</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Account name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Add an existing account</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Asking the CA for the account…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>C&amp;A:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>CA &amp;bundle:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>CA bundle</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Certificate authority</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Certificates (*.pem *.crt);;All files (*)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Choose the CA's root certificate</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Choose the account key</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Choose the account's key file.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Directory &amp;URL:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Directory URL</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Enter the CA's directory URL.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Keys (*.pem *.key);;All files (*)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Only for a private CA (step-ca, Vault)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Optional: a name to recognise it by</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>PEM file with the account's private key</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Use an account you already have at a CA, for example one created on another computer or by another ACME client. The CA finds the account by its key; nothing new is registered.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>RemindersPage</name>
    <message>
      <source>&amp;Install schedule</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Show what it installs</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&lt;b&gt;Installed&lt;/b&gt; ({mechanism}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&lt;b&gt;Not installed.&lt;/b&gt; Certificates are renewed only while certdesk runs. Installing adds a {mechanism}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Checking…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Each reminder fires once per certificate. A days reminder only counts when it is at most half the lifetime, so short-lived certificates (6 or 45 days) use the percentages; “expired” always counts.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Files: {files}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Install the scheduled renewal</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Installing…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>It runs, twice a day: {command}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Let the system run “certdesk-cli renew --due” twice a day</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Off. When on, certdesk adds a {mechanism} ({where}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>On, through the {mechanism}: {where}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Problem with the days</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Problem with the percentages</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Re&amp;move schedule</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Remind &amp;days before expiry:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Remind at % of &amp;lifetime left:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Remind at percent of lifetime left</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Remind days before expiry</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Reminders</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Remove the scheduled renewal</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Removing…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Renewal when certdesk is not running</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Scheduled renewal status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Show what the schedule installs</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Start at login</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Start at login status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Start certdesk in the tray when I log in</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>What the schedule installs</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>e.g. 30, 14, 7, 1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>e.g. 33, 10</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>RenewDialog</name>
    <message>
      <source>&amp;Cancel renewal</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>C&amp;lose</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>C&amp;ontinue</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Cancel the renewal</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Cancelled.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Cancelling…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Close</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Continue the renewal</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Create these TXT records at your DNS host; certdesk checks every nameserver and enables Continue when all of them serve the records. Close this window to finish later from Pending orders.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Give this order up (the CA's pending authorizations are released)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Renew {name}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Renewing…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Result</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The order waits for you: resume it from “Pending orders” once the records are in place.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>What certdesk needs from you</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{name} was renewed.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>RestoreDialog</name>
    <message>
      <source>&amp;Browse…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Restore</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&lt;b&gt;This data folder already holds {certificates} certificate(s) and {accounts} account(s)&lt;/b&gt;, so a backup cannot be restored into it:&lt;br&gt;&lt;tt&gt;{home}&lt;/tt&gt;&lt;br&gt;&lt;br&gt;To restore, start certdesk with a new, empty data folder, then choose File ▸ Restore… there:&lt;br&gt;&lt;tt&gt;{command}&lt;/tt&gt;&lt;br&gt;&lt;br&gt;To replace this data instead: back it up first, quit certdesk and move the folder away.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Backup &amp;file:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Backup file</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Brings back everything a certdesk backup holds: accounts, certificates, keys, settings, DNS credentials and export targets. A backup is only restored into an empty data folder, so nothing is overwritten or mixed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Checking the data folder {home}…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Choose the backup</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Choose the backup file</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Data folder</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Decrypting and restoring…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Pass&amp;phrase:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Passphrase</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Restore</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Restore a backup</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Restored into &lt;tt&gt;{home}&lt;/tt&gt;.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The backup of {created} was restored.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This data folder is empty, so the backup can be restored here:&lt;br&gt;&lt;tt&gt;{home}&lt;/tt&gt;</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>certdesk backups (*{suffix});;All files (*)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the backup file to restore</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the passphrase chosen for the backup</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>RestoredCommands</name>
    <message>
      <source>&amp;Allow these commands</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Allow the restored commands</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Allow them only if you know them.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Restored commands</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>These commands came with the backup and will not run until you allow them:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{n} command(s) allowed; they run from now on.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>RevokeDialog</name>
    <message>
      <source>&amp;Reason:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&lt;b&gt;Revoking cannot be undone.&lt;/b&gt; Browsers stop trusting {label} and servers using it show errors until they get a new certificate.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Reason</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Revoke</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Revoke {label}</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>SettingsDialog</name>
    <message>
      <source>&amp;Open the data folder</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>(the first account)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>DNS credentials</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Data</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Data folder</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Database</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Default &amp;account:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Default &amp;key type:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Default account</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Default key type</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Defaults</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Logs</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Notifications</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Open the data folder</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Private keys and DNS credentials are stored encrypted; the key to them is kept in the system keyring.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Reminders &amp;&amp; start at login</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Renew automatically in the background</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Settings</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Settings sections</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The account list could not be read: {error}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{id} (the account list could not be read)</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ShortcutsDialog</name>
    <message>
      <source>All actions for the selected row</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Alt+underlined letter</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Enter</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Go to that field, button or tab</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Keyboard shortcuts</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Keys</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Menu key or Shift+F10</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Open the selected row (like a double-click)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Remove the selected certificate or account, cancel the selected order</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Search the current table</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>What it does</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Wizard: Next, Back</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>StepsView</name>
    <message>
      <source>Current step</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Elapsed time</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Elapsed: {time}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Notes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Now: {step}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Starting…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Steps</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>not needed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{step}: {state}</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>TargetEditor</name>
    <message>
      <source> s</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Browse…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Command:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Folder:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Password:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Save</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Then run:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>About the command</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>About the format</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Add an export target</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Choose a folder.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Choose at least one format.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Choose the folder</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Command</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Command preset</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Command time limit in seconds</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Custom command</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Edit export target</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Export target folder</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>File na&amp;me:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>File name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Folder</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Forget the saved password</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Formats:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Friendly &amp;name:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Friendly name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No command</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Optional: reload a server or import the certificate into a certificate store after the files are written.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>PFX files need a password.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Password</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Point at a format to see what it is for. PEM suits nginx and Apache; PFX suits IIS and Windows.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Run again after every renewal</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Runs in the target folder. It gets CERTDESK_CERT_ID, CERTDESK_FILES, CERTDESK_PFX and CERTDESK_PASSWORD in its environment.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Save</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Saving…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>T&amp;ime limit:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The name Windows and keystores show for the PFX.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The name of single-file exports, e.g. NAME.pfx; PEM files keep certbot's names.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>certdesk does not hold this certificate's private key.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>optional: encrypts the key file</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>required for PFX</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>run in the folder after the files are written</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>saved; leave empty to keep it</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>where the files are written, e.g. /etc/nginx/certs</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>TargetModel</name>
    <message>
      <source>Folder</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Formats</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Last run</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>On renewal</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Then run</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>failed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>never</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>no</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>ok</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>yes</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>TargetsDialog</name>
    <message>
      <source>&amp;Add…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Edit…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Run now</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Add an export target</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Close</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Done</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Edit the selected target</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Export targets</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Export targets of {label}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Failed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Files already written there are left as they are.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No export targets yet. Add one: choose a folder and the formats to write there.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Re&amp;move</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Remove export target</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Remove the selected target</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Removed the target {folder}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Result</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Running {folder}…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Saved the target {folder}. Use “Run now” to write the files.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Stop exporting to {folder}?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Write the files and run the command now</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>certdesk writes this certificate into these folders when you run them and again after every renewal, then runs the command you chose (for example to reload nginx or import it into the Windows certificate store).</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Timeline</name>
    <message numerus="yes">
      <source>%n day(s) before expiry</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message>
      <source>(sent)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Expires</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Issued</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Reminder: {when}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Renewal due: needs you (manual validation or automatic renewal off)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Renewal timeline</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The CA suggests renewing from here until {end}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The DNS persist record for {name} stops being valid</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>certdesk renews it automatically</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>now</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{p}% of the lifetime left</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Tray</name>
    <message numerus="yes">
      <source>%n more…</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message>
      <source>Needs you</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Open certdesk</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Open certdesk to continue the renewal.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Quit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Renew due now</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Renewal of {label} failed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>certdesk</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>certdesk tray menu</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>certdesk — %n thing(s) need you</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message>
      <source>certdesk — all certificates are fine</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{endpoint} serves an outdated certificate</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{label} expires soon</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{label} needs you</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{label} renewed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{name} — {what}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{ok} renewed, {bad} failed</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>UpcomingView</name>
    <message>
      <source>Certificate</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>Nothing is planned for the next %n day(s).</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <source>The next %n day(s)</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message>
      <source>What</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>What happens in the next %n day(s)</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message>
      <source>When</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ValidationPage</name>
    <message>
      <source>&amp;Get certificate</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Method:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>DNS credentials</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>How should certdesk prove the names are yours?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>IP addresses need HTTP or TLS-ALPN: choose one</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Method</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Method for {name}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Method settings</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Problems</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Saved DNS credentials could not be read: {what} {hint}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Settings</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The CA checks a DNS record or a web answer for each name. Choose one method for all names, or one per name.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Used for every name unless changed below</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Validation method for all names</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Validation method per name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Wildcards need DNS validation: choose one</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>errors</name>
    <message>
      <source>Error</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Something went wrong: {kind}: {text}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This is a bug in certdesk. Please report it with the details below.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>certdesk</source>
      <translation type="unfinished" />
    </message>
  </context>
</TS>
