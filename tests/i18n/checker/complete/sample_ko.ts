<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>Sample</name>
    <message numerus="yes">
        <source>%n account(s) loaded</source>
        <extracomment>A user account of the chat app, not an operating-system account</extracomment>
        <translation>
            <numerusform>계정 %n개를 불러왔습니다</numerusform>
        </translation>
    </message>
    <message>
        <source>Profile of %1</source>
        <translation>%1의 프로필</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>적용(&amp;A)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Expired&lt;/b&gt; UserSig</source>
        <translation>&lt;b&gt;만료된&lt;/b&gt; UserSig</translation>
    </message>
</context>
</TS>
