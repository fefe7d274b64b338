<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
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
