// The field schema and the validation every write goes through (GUI and CLI), checked against the
// limits documented at https://www.tencentcloud.com/document/product/1047/33520 and
// https://trtc.io/zh/document/34381 rather than against the schema's own numbers.
#include "profile/fieldschema.h"
#include "profile/fieldvalidator.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

Q_DECLARE_METATYPE(FieldCheck::Level)

namespace {

const QStringList StringTags = {
    QStringLiteral("Tag_Profile_IM_Nick"),
    QStringLiteral("Tag_Profile_IM_Location"),
    QStringLiteral("Tag_Profile_IM_SelfSignature"),
    QStringLiteral("Tag_Profile_IM_Image"),
};
const QStringList NumberTags = {
    QStringLiteral("Tag_Profile_IM_Language"),
    QStringLiteral("Tag_Profile_IM_MsgSettings"),
    QStringLiteral("Tag_Profile_IM_Level"),
    QStringLiteral("Tag_Profile_IM_Role"),
};
const QList<QPair<QString, QStringList>> EnumTags = {
    { QStringLiteral("Tag_Profile_IM_Gender"),
        { QStringLiteral("Gender_Type_Unknown"), QStringLiteral("Gender_Type_Female"),
            QStringLiteral("Gender_Type_Male") } },
    { QStringLiteral("Tag_Profile_IM_AllowType"),
        { QStringLiteral("AllowType_Type_NeedConfirm"), QStringLiteral("AllowType_Type_AllowAny"),
            QStringLiteral("AllowType_Type_DenyAny") } },
    { QStringLiteral("Tag_Profile_IM_AdminForbidType"),
        { QStringLiteral("AdminForbid_Type_None"), QStringLiteral("AdminForbid_Type_SendOut") } },
};
const QString BirthDay = QStringLiteral("Tag_Profile_IM_BirthDay");
const QString Hobby = QStringLiteral("Tag_Profile_Custom_Hobby");

// Multibyte text of an exact UTF-8 length: 3-byte CJK characters, topped up with a 2-byte 'é' and
// ASCII, so a limit check that counts characters instead of bytes fails.
QString textOfBytes(int bytes)
{
    QString text(bytes / 3, QChar(0x4E2D));
    if (bytes % 3 == 2)
        text += QChar(0xE9);
    else if (bytes % 3 == 1)
        text += QLatin1Char('a');
    return text;
}

// 4-byte characters (surrogate pairs in UTF-16).
QString emojiOfBytes(int bytes)
{
    QString text;
    for (int i = 0; i < bytes / 4; ++i)
        text += QString::fromUtf8("\xF0\x9F\x98\x80");
    return text;
}

} // namespace

class TestFieldValidator final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void schemaListsEveryDocumentedStandardTag()
    {
        QStringList expected = StringTags + NumberTags + QStringList { BirthDay };
        for (const auto &[tag, values] : EnumTags)
            expected.append(tag);
        QStringList actual = FieldSchema::standardTags();
        expected.sort();
        actual.sort();
        QCOMPARE(actual, expected);
    }

    void everyFieldHasTheRightTypeEditorAndTexts()
    {
        for (const FieldSpec &spec : FieldSchema::standardFields()) {
            QVERIFY2(!spec.displayName().isEmpty(), qPrintable(spec.tag));
            QVERIFY2(!spec.description().isEmpty(), qPrintable(spec.tag));
            QVERIFY(spec.tag.endsWith(spec.shortName));
            QCOMPARE(FieldSchema::standardField(spec.shortName), &spec);
            QCOMPARE(FieldSchema::standardField(spec.tag), &spec);
            for (const FieldChoice &choice : spec.choices)
                QVERIFY2(
                    !choice.label().isEmpty() && choice.label() != choice.value, qPrintable(choice.value));
        }
        for (const QString &tag : StringTags) {
            QCOMPARE(FieldSchema::standardField(tag)->type, ValueType::String);
            QCOMPARE(FieldSchema::standardField(tag)->editor, EditorKind::Text);
        }
        for (const auto &[tag, values] : EnumTags) {
            const FieldSpec *spec = FieldSchema::standardField(tag);
            QCOMPARE(spec->type, ValueType::String);
            QCOMPARE(spec->editor, EditorKind::Choice);
            QStringList choices;
            for (const FieldChoice &choice : spec->choices)
                choices.append(choice.value);
            QCOMPARE(choices, values);
        }
        QCOMPARE(FieldSchema::standardField(BirthDay)->type, ValueType::UInt32);
        QCOMPARE(FieldSchema::standardField(BirthDay)->editor, EditorKind::Date);
        QCOMPARE(FieldSchema::standardField(u"MsgSettings")->editor, EditorKind::MessageSettings);
        for (const QString &tag : { QStringLiteral("Tag_Profile_IM_Language"),
                 QStringLiteral("Tag_Profile_IM_Level"), QStringLiteral("Tag_Profile_IM_Role") })
            QCOMPARE(FieldSchema::standardField(tag)->editor, EditorKind::Number);
        QCOMPARE(FieldSchema::standardField(u"Gender")->labelFor(QStringLiteral("Gender_Type_Female")),
            QStringLiteral("Female"));
    }

    void locationExplainsTheStricterLimit()
    {
        const FieldSpec *location = FieldSchema::standardField(u"Location");
        QCOMPARE(location->maxBytes, 500);
        QCOMPARE(location->warningBytes, 16);
        QVERIFY(location->warningReason().contains(QLatin1String("16")));
    }

    void tagClassification()
    {
        QVERIFY(FieldSchema::isCustomTag(Hobby));
        QVERIFY(!FieldSchema::isCustomTag(u"Tag_Profile_IM_Nick"));
        QVERIFY(FieldSchema::isStandardLookingTag(u"Tag_Profile_IM_Nickname"));
        QVERIFY(!FieldSchema::standardField(u"Tag_Profile_IM_Nickname"));
        QVERIFY(!FieldSchema::standardField(u"Hobby"));
        QCOMPARE(FieldSchema::customKeyword(Hobby), QStringLiteral("Hobby"));
        QCOMPARE(FieldSchema::customTag(u"Hobby"), Hobby);
        QVERIFY(FieldSchema::fieldFor(Hobby)->custom);
        QVERIFY(!FieldSchema::fieldFor(u"Nick")); // short names are input sugar, not wire tags
        QVERIFY(FieldSchema::customFieldNote().contains(QLatin1String("10 minutes")));
    }

    void check_data()
    {
        QTest::addColumn<QString>("tag");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<FieldCheck::Level>("level");
        QTest::addColumn<int>("serverCode");

        const auto ok = FieldCheck::Ok;
        const auto bad = FieldCheck::Invalid;
        for (const QString &tag : StringTags + QStringList { Hobby }) {
            const QByteArray t = tag.toLatin1();
            const bool location = tag.endsWith(QLatin1String("Location"));
            const auto longButOk = location ? FieldCheck::Warning : ok;
            QTest::addRow("%s empty", t.data()) << tag << QJsonValue(QString()) << ok << 0;
            QTest::addRow("%s 500 bytes CJK", t.data())
                << tag << QJsonValue(textOfBytes(500)) << longButOk << 0;
            QTest::addRow("%s 501 bytes CJK", t.data())
                << tag << QJsonValue(textOfBytes(501)) << bad << 40601;
            QTest::addRow("%s 500 bytes emoji", t.data())
                << tag << QJsonValue(emojiOfBytes(500)) << longButOk << 0;
            QTest::addRow("%s 504 bytes emoji", t.data())
                << tag << QJsonValue(emojiOfBytes(504)) << bad << 40601;
            QTest::addRow("%s 167 chars over 500 bytes", t.data())
                << tag << QJsonValue(QString(167, QChar(0x4E2D))) << bad << 40601;
            QTest::addRow("%s number", t.data()) << tag << QJsonValue(12) << bad << 40610;
            QTest::addRow("%s bool", t.data()) << tag << QJsonValue(true) << bad << 40610;
            QTest::addRow("%s null", t.data()) << tag << QJsonValue(QJsonValue::Null) << bad << 40610;
            QTest::addRow("%s array", t.data())
                << tag << QJsonValue(QJsonArray { QStringLiteral("a") }) << bad << 40610;
        }
        const QString location = QStringLiteral("Tag_Profile_IM_Location");
        QTest::newRow("Location 16 bytes") << location << QJsonValue(textOfBytes(16)) << ok << 0;
        QTest::newRow("Location 17 bytes")
            << location << QJsonValue(textOfBytes(17)) << FieldCheck::Warning << 0;

        for (const auto &[tag, values] : EnumTags) {
            const QByteArray t = tag.toLatin1();
            for (const QString &value : values)
                QTest::addRow("%s %s", t.data(), qPrintable(value)) << tag << QJsonValue(value) << ok << 0;
            QTest::addRow("%s wrong", t.data())
                << tag << QJsonValue(QStringLiteral("Wrong_Type_X")) << bad << 40605;
            QTest::addRow("%s lower case", t.data())
                << tag << QJsonValue(values.first().toLower()) << bad << 40605;
            QTest::addRow("%s empty", t.data()) << tag << QJsonValue(QString()) << bad << 40605;
            QTest::addRow("%s number", t.data()) << tag << QJsonValue(1) << bad << 40610;
        }

        for (const QString &tag : NumberTags + QStringList { BirthDay }) {
            const QByteArray t = tag.toLatin1();
            const bool date = tag == BirthDay;
            QTest::addRow("%s 0", t.data()) << tag << QJsonValue(0) << ok << 0;
            QTest::addRow("%s 4294967295", t.data())
                << tag << QJsonValue(qint64(4294967295)) << (date ? bad : ok) << (date ? 40605 : 0);
            QTest::addRow("%s 4294967295 as double", t.data())
                << tag << QJsonValue(4294967295.0) << (date ? bad : ok) << (date ? 40605 : 0);
            QTest::addRow("%s 4294967296", t.data()) << tag << QJsonValue(qint64(4294967296)) << bad << 40605;
            QTest::addRow("%s -1", t.data()) << tag << QJsonValue(-1) << bad << 40605;
            QTest::addRow("%s 1.5", t.data()) << tag << QJsonValue(1.5) << bad << 40610;
            QTest::addRow("%s string 12", t.data())
                << tag << QJsonValue(QStringLiteral("12")) << bad << 40610;
            QTest::addRow("%s bool", t.data()) << tag << QJsonValue(false) << bad << 40610;
            QTest::addRow("%s null", t.data()) << tag << QJsonValue(QJsonValue::Null) << bad << 40610;
            QTest::addRow("%s object", t.data()) << tag << QJsonValue(QJsonObject()) << bad << 40610;
        }
        QTest::newRow("Language 12") << NumberTags.first() << QJsonValue(12) << ok << 0;
        QTest::newRow("BirthDay 19900521") << BirthDay << QJsonValue(19900521) << ok << 0;
        QTest::newRow("BirthDay 20240229 leap") << BirthDay << QJsonValue(20240229) << ok << 0;
        QTest::newRow("BirthDay 20230229 not leap") << BirthDay << QJsonValue(20230229) << bad << 40605;
        QTest::newRow("BirthDay 20230230") << BirthDay << QJsonValue(20230230) << bad << 40605;
        QTest::newRow("BirthDay 20231301") << BirthDay << QJsonValue(20231301) << bad << 40605;
        QTest::newRow("BirthDay 20230100") << BirthDay << QJsonValue(20230100) << bad << 40605;
        QTest::newRow("BirthDay 1990 only") << BirthDay << QJsonValue(1990) << bad << 40605;
        QTest::newRow("BirthDay string")
            << BirthDay << QJsonValue(QStringLiteral("19900521")) << bad << 40610;

        QTest::newRow("unknown IM tag")
            << QStringLiteral("Tag_Profile_IM_Nickname") << QJsonValue(QStringLiteral("x")) << bad << 40009;
        QTest::newRow("short name is not a wire tag")
            << QStringLiteral("Nick") << QJsonValue(QStringLiteral("x")) << bad << 40009;
        QTest::newRow("custom empty keyword")
            << QStringLiteral("Tag_Profile_Custom_") << QJsonValue(QStringLiteral("x")) << bad << 40009;
        QTest::newRow("custom starts with digit")
            << QStringLiteral("Tag_Profile_Custom_1abc") << QJsonValue(QStringLiteral("x")) << bad << 40009;
        QTest::newRow("custom long keyword warns")
            << QStringLiteral("Tag_Profile_Custom_FavouriteColour") << QJsonValue(QStringLiteral("x"))
            << FieldCheck::Warning << 0;
        QTest::newRow("custom long keyword, bad value is still invalid")
            << QStringLiteral("Tag_Profile_Custom_FavouriteColour") << QJsonValue(7) << bad << 40610;
    }

    void check()
    {
        QFETCH(QString, tag);
        QFETCH(QJsonValue, value);
        QFETCH(FieldCheck::Level, level);
        QFETCH(int, serverCode);

        const FieldCheck result = FieldValidator::check(tag, value);
        QCOMPARE(result.level, level);
        QCOMPARE(result.serverCode, serverCode);
        QCOMPARE(result.message.isEmpty(), level == FieldCheck::Ok);
    }

    void messagesSayWhatToDo()
    {
        const FieldCheck tooLong = FieldValidator::check(StringTags.first(), QJsonValue(textOfBytes(503)));
        QVERIFY2(tooLong.message.contains(QLatin1String("503"))
                && tooLong.message.contains(QLatin1String("3 bytes")),
            qPrintable(tooLong.message));
        const FieldCheck wrongEnum
            = FieldValidator::check(EnumTags.first().first, QJsonValue(QStringLiteral("Gender_Type_Other")));
        QVERIFY(wrongEnum.message.contains(QLatin1String("Gender_Type_Female")));
        QVERIFY(wrongEnum.message.contains(QLatin1String("Female")));
        const FieldCheck unknown
            = FieldValidator::check(QStringLiteral("Tag_Profile_IM_Nickname"), QJsonValue(1));
        QVERIFY(unknown.message.contains(QLatin1String("Tag_Profile_IM_Nick,")));
        const FieldCheck date = FieldValidator::check(BirthDay, QJsonValue(20230230));
        QVERIFY(date.message.contains(QLatin1String("YYYYMMDD")));
    }

    void customKeyword_data()
    {
        QTest::addColumn<QString>("keyword");
        QTest::addColumn<FieldCheck::Level>("level");

        QTest::newRow("letters") << QStringLiteral("Hobby") << FieldCheck::Ok;
        QTest::newRow("8 letters") << QStringLiteral("Abcdefgh") << FieldCheck::Ok;
        QTest::newRow("9 letters") << QStringLiteral("Abcdefghi") << FieldCheck::Warning;
        QTest::newRow("digit inside") << QStringLiteral("Vip2") << FieldCheck::Warning;
        QTest::newRow("underscore first") << QStringLiteral("_x") << FieldCheck::Warning;
        QTest::newRow("16 chars") << QStringLiteral("Abcdefgh_1234567") << FieldCheck::Warning;
        QTest::newRow("17 chars") << QStringLiteral("Abcdefgh_12345678") << FieldCheck::Invalid;
        QTest::newRow("digit first") << QStringLiteral("1abc") << FieldCheck::Invalid;
        QTest::newRow("empty") << QString() << FieldCheck::Invalid;
        QTest::newRow("space") << QStringLiteral("a b") << FieldCheck::Invalid;
        QTest::newRow("dash") << QStringLiteral("a-b") << FieldCheck::Invalid;
        QTest::newRow("non-ASCII letter") << QStringLiteral("caf\u00e9") << FieldCheck::Invalid;
    }

    void customKeyword()
    {
        QFETCH(QString, keyword);
        QFETCH(FieldCheck::Level, level);
        QCOMPARE(FieldValidator::checkCustomKeyword(keyword).level, level);
    }

    void parseAssignment_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("tag");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<FieldCheck::Level>("level");
        QTest::addColumn<int>("serverCode");

        const auto ok = FieldCheck::Ok;
        const auto bad = FieldCheck::Invalid;
        const QString nick = QStringLiteral("Tag_Profile_IM_Nick");
        const QString gender = QStringLiteral("Tag_Profile_IM_Gender");
        const QString level = QStringLiteral("Tag_Profile_IM_Level");
        QTest::newRow("short name") << QStringLiteral("Nick=Anna") << nick
                                    << QJsonValue(QStringLiteral("Anna")) << ok << 0;
        QTest::newRow("short name any case")
            << QStringLiteral("nick=Anna") << nick << QJsonValue(QStringLiteral("Anna")) << ok << 0;
        QTest::newRow("full tag") << QStringLiteral("Tag_Profile_IM_Nick=Anna") << nick
                                  << QJsonValue(QStringLiteral("Anna")) << ok << 0;
        QTest::newRow("value keeps = and spaces")
            << QStringLiteral("Nick= a=b ") << nick << QJsonValue(QStringLiteral(" a=b ")) << ok << 0;
        QTest::newRow("empty value") << QStringLiteral("Nick=") << nick << QJsonValue(QString()) << ok << 0;
        QTest::newRow("label") << QStringLiteral("Gender=Female") << gender
                               << QJsonValue(QStringLiteral("Gender_Type_Female")) << ok << 0;
        QTest::newRow("label any case") << QStringLiteral("Gender=male") << gender
                                        << QJsonValue(QStringLiteral("Gender_Type_Male")) << ok << 0;
        QTest::newRow("label with space") << QStringLiteral("Gender=Not set") << gender
                                          << QJsonValue(QStringLiteral("Gender_Type_Unknown")) << ok << 0;
        QTest::newRow("raw enum") << QStringLiteral("Tag_Profile_IM_Gender=Gender_Type_Female") << gender
                                  << QJsonValue(QStringLiteral("Gender_Type_Female")) << ok << 0;
        QTest::newRow("enum suffix") << QStringLiteral("AllowType=DenyAny")
                                     << QStringLiteral("Tag_Profile_IM_AllowType")
                                     << QJsonValue(QStringLiteral("AllowType_Type_DenyAny")) << ok << 0;
        QTest::newRow("admin forbid label")
            << QStringLiteral("AdminForbidType=Forbidden") << QStringLiteral("Tag_Profile_IM_AdminForbidType")
            << QJsonValue(QStringLiteral("AdminForbid_Type_SendOut")) << ok << 0;
        QTest::newRow("wrong enum") << QStringLiteral("Gender=Other") << gender
                                    << QJsonValue(QStringLiteral("Other")) << bad << 40605;
        QTest::newRow("birthday") << QStringLiteral("BirthDay=19900521") << BirthDay << QJsonValue(19900521)
                                  << ok << 0;
        QTest::newRow("birthday ISO")
            << QStringLiteral("BirthDay=1990-05-21") << BirthDay << QJsonValue(19900521) << ok << 0;
        QTest::newRow("birthday invalid")
            << QStringLiteral("BirthDay=20230230") << BirthDay << QJsonValue(20230230) << bad << 40605;
        QTest::newRow("level max") << QStringLiteral("Level=4294967295") << level
                                   << QJsonValue(qint64(4294967295)) << ok << 0;
        QTest::newRow("level over") << QStringLiteral("Level=4294967296") << level
                                    << QJsonValue(qint64(4294967296)) << bad << 40605;
        QTest::newRow("level huge") << QStringLiteral("Level=99999999999999999999") << level
                                    << QJsonValue(99999999999999999999.0) << bad << 40605;
        QTest::newRow("level negative")
            << QStringLiteral("Level=-1") << level << QJsonValue(-1) << bad << 40605;
        QTest::newRow("level fraction")
            << QStringLiteral("Level=1.5") << level << QJsonValue(1.5) << bad << 40610;
        QTest::newRow("level text") << QStringLiteral("Level=high") << level
                                    << QJsonValue(QStringLiteral("high")) << bad << 40610;
        QTest::newRow("custom") << QStringLiteral("Tag_Profile_Custom_Hobby=chess") << Hobby
                                << QJsonValue(QStringLiteral("chess")) << ok << 0;
        QTest::newRow("custom digits stay text") << QStringLiteral("Tag_Profile_Custom_Hobby=12") << Hobby
                                                 << QJsonValue(QStringLiteral("12")) << ok << 0;
        QTest::newRow("unknown") << QStringLiteral("Nickname=Anna") << QStringLiteral("Nickname")
                                 << QJsonValue(QStringLiteral("Anna")) << bad << 40009;
        QTest::newRow("no equals") << QStringLiteral("Anna") << QString() << QJsonValue() << bad << 0;
        QTest::newRow("no name") << QStringLiteral("=Anna") << QString() << QJsonValue() << bad << 0;
    }

    void parseAssignment()
    {
        QFETCH(QString, input);
        QFETCH(QString, tag);
        QFETCH(QJsonValue, value);
        QFETCH(FieldCheck::Level, level);
        QFETCH(int, serverCode);

        const FieldValidator::Parsed parsed = FieldValidator::parseAssignment(input);
        QCOMPARE(parsed.tag, tag);
        QCOMPARE(parsed.value.type(), value.type());
        QCOMPARE(parsed.value, value);
        QCOMPARE(parsed.check.level, level);
        QCOMPARE(parsed.check.serverCode, serverCode);
        QCOMPARE(parsed.check.message.isEmpty(), level == FieldCheck::Ok);
    }

    // The server counts its limits in UTF-8 bytes of what is sent, which is what toUtf8() writes:
    // a surrogate without its pair is sent as one '?'.
    void utf8BytesCountsAsTheWireEncodes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("bytes");
        QTest::newRow("empty") << QString() << 0;
        QTest::newRow("ascii") << QStringLiteral("Anna 1") << 6;
        QTest::newRow("two-byte") << QStringLiteral("é") << 2;
        QTest::newRow("last two-byte") << QString(QChar(0x7FF)) << 2;
        QTest::newRow("first three-byte") << QString(QChar(0x800)) << 3;
        QTest::newRow("cjk") << QStringLiteral("张伟 2") << 8;
        QTest::newRow("pair") << QString::fromUtf8("\xF0\x9F\x98\x80") << 4;
        QTest::newRow("lone high") << (QStringLiteral("a") + QChar(0xD83D)) << 2;
        QTest::newRow("lone low") << (QString(QChar(0xDE00)) + QStringLiteral("b")) << 2;
        QTest::newRow("high before high")
            << (QString(QChar(0xD83D)) + QString::fromUtf8("\xF0\x9F\x98\x80")) << 5;
    }

    void utf8BytesCountsAsTheWireEncodes()
    {
        QFETCH(QString, text);
        QFETCH(int, bytes);
        QCOMPARE(FieldValidator::utf8Bytes(text), qsizetype(bytes));
        QCOMPARE(text.toUtf8().size(), qsizetype(bytes));
    }

    void displayTextShowsLabelsAndDigits()
    {
        QCOMPARE(FieldValidator::displayText(
                     EnumTags.first().first, QJsonValue(QStringLiteral("Gender_Type_Male"))),
            QStringLiteral("Male"));
        QCOMPARE(FieldValidator::displayText(NumberTags.first(), QJsonValue(qint64(4294967295))),
            QStringLiteral("4294967295"));
        QCOMPARE(FieldValidator::displayText(BirthDay, QJsonValue(19900521.0)), QStringLiteral("19900521"));
        QCOMPARE(
            FieldValidator::displayText(Hobby, QJsonValue(QStringLiteral("chess"))), QStringLiteral("chess"));
    }
};

QTEST_GUILESS_MAIN(TestFieldValidator)
#include "tst_fieldvalidator.moc"
