<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
  <context>
    <name>AccountPage</name>
    <message numerus="yes">
      <source>This CA offers %n profile(s).</source>
      <translation>
        <numerusform>This CA offers %n profile.</numerusform>
        <numerusform>This CA offers %n profiles.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>BackupDialog</name>
    <message numerus="yes">
      <source>%n account(s)</source>
      <translation>
        <numerusform>%n account</numerusform>
        <numerusform>%n accounts</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n certificate(s)</source>
      <translation>
        <numerusform>%n certificate</numerusform>
        <numerusform>%n certificates</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n encrypted secret(s)</source>
      <translation>
        <numerusform>%n encrypted secret</numerusform>
        <numerusform>%n encrypted secrets</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n export target(s)</source>
      <translation>
        <numerusform>%n export target</numerusform>
        <numerusform>%n export targets</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n version(s)</source>
      <translation>
        <numerusform>%n version</numerusform>
        <numerusform>%n versions</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>DetailsPane</name>
    <message numerus="yes">
      <source>Expired %n day(s) ago</source>
      <translation>
        <numerusform>Expired %n day ago</numerusform>
        <numerusform>Expired %n days ago</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>{p}% of the lifetime used — %n day(s) left</source>
      <translation>
        <numerusform>{p}% of the lifetime used — %n day left</numerusform>
        <numerusform>{p}% of the lifetime used — %n days left</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>EndpointsDialog</name>
    <message numerus="yes">
      <source>%n endpoint(s)</source>
      <translation>
        <numerusform>%n endpoint</numerusform>
        <numerusform>%n endpoints</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Connecting to %n endpoint(s)…</source>
      <translation>
        <numerusform>Connecting to %n endpoint…</numerusform>
        <numerusform>Connecting to %n endpoints…</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ImportDialog</name>
    <message numerus="yes">
      <source>Reading %n file(s)…</source>
      <translation>
        <numerusform>Reading %n file…</numerusform>
        <numerusform>Reading %n files…</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>{date} (expired %n day(s) ago)</source>
      <translation>
        <numerusform>{date} (expired %n day ago)</numerusform>
        <numerusform>{date} (expired %n days ago)</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>{date} (in %n day(s))</source>
      <translation>
        <numerusform>{date} (in %n day)</numerusform>
        <numerusform>{date} (in %n days)</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message numerus="yes">
      <source>%n account(s)</source>
      <translation>
        <numerusform>%n account</numerusform>
        <numerusform>%n accounts</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n certificate(s)</source>
      <translation>
        <numerusform>%n certificate</numerusform>
        <numerusform>%n certificates</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>NamesPage</name>
    <message numerus="yes">
      <source>%n name(s) ready.</source>
      <translation>
        <numerusform>%n name ready.</numerusform>
        <numerusform>%n names ready.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>Timeline</name>
    <message numerus="yes">
      <source>%n day(s) before expiry</source>
      <translation>
        <numerusform>%n day before expiry</numerusform>
        <numerusform>%n days before expiry</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>Tray</name>
    <message numerus="yes">
      <source>%n more…</source>
      <translation>
        <numerusform>%n more…</numerusform>
        <numerusform>%n more…</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>certdesk — %n item(s) to look at</source>
      <translation>
        <numerusform>certdesk — %n item to look at</numerusform>
        <numerusform>certdesk — %n items to look at</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>UpcomingView</name>
    <message numerus="yes">
      <source>Nothing is planned for the next %n day(s).</source>
      <translation>
        <numerusform>Nothing is planned for the next %n day.</numerusform>
        <numerusform>Nothing is planned for the next %n days.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>The next %n day(s)</source>
      <translation>
        <numerusform>The next %n day</numerusform>
        <numerusform>The next %n days</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>What happens in the next %n day(s)</source>
      <translation>
        <numerusform>What happens in the next %n day</numerusform>
        <numerusform>What happens in the next %n days</numerusform>
      </translation>
    </message>
  </context>
</TS>
