// The per-connection list of custom profile fields: validation of names, permissions, and that it
// survives a restart without leaking into other connections.
#include "profile/customtagregistry.h"

#include <QTemporaryDir>
#include <QTest>

class TestCustomTagRegistry final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_file;

    std::unique_ptr<QSettings> settings() const
    {
        return std::make_unique<QSettings>(m_file, QSettings::IniFormat);
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_file = m_dir.filePath(QStringLiteral("%1.ini").arg(QTest::currentTestFunction()));
    }

    void addsKeywordsAndFullTagsAndRemembersThem()
    {
        {
            CustomTagRegistry registry(QStringLiteral("conn-1"), settings());
            QCOMPARE(registry.add(QStringLiteral("Hobby"), true, true).level, FieldCheck::Ok);
            QCOMPARE(
                registry.add(QStringLiteral("Tag_Profile_Custom_Vip"), true, false).level, FieldCheck::Ok);
        }
        CustomTagRegistry reopened(QStringLiteral("conn-1"), settings());
        QCOMPARE(reopened.tags(),
            QStringList(
                { QStringLiteral("Tag_Profile_Custom_Hobby"), QStringLiteral("Tag_Profile_Custom_Vip") }));
        QVERIFY(reopened.find(u"Tag_Profile_Custom_Vip"));
        QVERIFY(!reopened.find(u"Vip")->adminWritable);
        QVERIFY(reopened.find(u"Hobby")->adminWritable);
    }

    void connectionsAreSeparate()
    {
        CustomTagRegistry first(QStringLiteral("a/b"), settings());
        first.add(QStringLiteral("Hobby"), true, true);
        CustomTagRegistry nested(QStringLiteral("a"), settings());
        QVERIFY(nested.entries().isEmpty());
        CustomTagRegistry other(QStringLiteral("b"), settings());
        QVERIFY(other.entries().isEmpty());
        CustomTagRegistry same(QStringLiteral("a/b"), settings());
        QCOMPARE(same.entries().size(), 1);
    }

    void refusesBadNamesAndDuplicates_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("digit first") << QStringLiteral("1abc");
        QTest::newRow("17 characters") << QStringLiteral("Abcdefgh_12345678");
        QTest::newRow("dash") << QStringLiteral("a-b");
        QTest::newRow("empty keyword") << QStringLiteral("Tag_Profile_Custom_");
        QTest::newRow("duplicate") << QStringLiteral("Hobby");
        QTest::newRow("duplicate as tag") << QStringLiteral("Tag_Profile_Custom_Hobby");
    }

    void refusesBadNamesAndDuplicates()
    {
        QFETCH(QString, name);
        CustomTagRegistry registry(QStringLiteral("c"), settings());
        registry.add(QStringLiteral("Hobby"), true, true);
        const FieldCheck result = registry.add(name, true, true);
        QCOMPARE(result.level, FieldCheck::Invalid);
        QVERIFY(!result.message.isEmpty());
        QCOMPARE(CustomTagRegistry(QStringLiteral("c"), settings()).entries().size(), 1);
    }

    void addsConsoleStyleNamesWithAWarning()
    {
        CustomTagRegistry registry(QStringLiteral("c"), settings());
        const FieldCheck result = registry.add(QStringLiteral("Vip_Level2"), true, true);
        QCOMPARE(result.level, FieldCheck::Warning);
        QVERIFY(result.message.contains(QLatin1String("8")));
        QVERIFY(registry.find(u"Vip_Level2"));
    }

    void permissionsAreEditableAndDecideReadsAndWrites()
    {
        {
            CustomTagRegistry registry(QStringLiteral("c"), settings());
            registry.add(QStringLiteral("Hobby"), true, true);
            registry.add(QStringLiteral("Secretish"), false, true);
            QCOMPARE(registry.readableTags(), QStringList { QStringLiteral("Tag_Profile_Custom_Hobby") });
            QVERIFY(registry.setPermissions(u"Tag_Profile_Custom_Hobby", true, false));
            QVERIFY(!registry.setPermissions(u"Unknown", true, true));
        }
        CustomTagRegistry registry(QStringLiteral("c"), settings());
        QCOMPARE(registry.checkWrite(u"Tag_Profile_Custom_Hobby").level, FieldCheck::Invalid);
        QCOMPARE(registry.checkWrite(u"Tag_Profile_Custom_Hobby").serverCode, 40008);
        QCOMPARE(registry.checkRead(u"Tag_Profile_Custom_Hobby").level, FieldCheck::Ok);
        QCOMPARE(registry.checkWrite(u"Tag_Profile_Custom_Secretish").level, FieldCheck::Ok);
        QCOMPARE(registry.checkRead(u"Tag_Profile_Custom_Secretish").serverCode, 40007);
        const FieldCheck unknown = registry.checkWrite(u"Tag_Profile_Custom_Nope");
        QCOMPARE(unknown.level, FieldCheck::Warning);
        QCOMPARE(unknown.serverCode, 40009);
        QVERIFY(unknown.message.contains(QLatin1String("Tag_Profile_Custom_Nope")));
    }

    void removeForgetsOnlyLocally()
    {
        {
            CustomTagRegistry registry(QStringLiteral("c"), settings());
            registry.add(QStringLiteral("Hobby"), true, true);
            registry.add(QStringLiteral("Vip"), true, true);
            QVERIFY(registry.remove(u"Tag_Profile_Custom_Hobby"));
            QVERIFY(!registry.remove(u"Hobby"));
        }
        QCOMPARE(CustomTagRegistry(QStringLiteral("c"), settings()).tags(),
            QStringList { QStringLiteral("Tag_Profile_Custom_Vip") });
    }

    void skipsDamagedSettings()
    {
        {
            QSettings raw(m_file, QSettings::IniFormat);
            raw.beginWriteArray(QStringLiteral("customProfileFields/c"), 3);
            raw.setArrayIndex(0);
            raw.setValue(QStringLiteral("keyword"), QStringLiteral("bad name"));
            raw.setArrayIndex(1);
            raw.setValue(QStringLiteral("keyword"), QStringLiteral("Hobby"));
            raw.setArrayIndex(2);
            raw.setValue(QStringLiteral("keyword"), QStringLiteral("Hobby"));
            raw.endArray();
        }
        CustomTagRegistry registry(QStringLiteral("c"), settings());
        QCOMPARE(registry.tags(), QStringList { QStringLiteral("Tag_Profile_Custom_Hobby") });
    }

    void storesOnlyNamesAndPermissions()
    {
        CustomTagRegistry(QStringLiteral("c"), settings()).add(QStringLiteral("Hobby"), true, false);
        QSettings raw(m_file, QSettings::IniFormat);
        QStringList keys = raw.allKeys();
        keys.sort();
        QCOMPARE(keys,
            QStringList({ QStringLiteral("customProfileFields/c/1/adminRead"),
                QStringLiteral("customProfileFields/c/1/adminWrite"),
                QStringLiteral("customProfileFields/c/1/keyword"),
                QStringLiteral("customProfileFields/c/size") }));
    }

    void noteWarnsAboutDelayAndPermanence()
    {
        const QString note = CustomTagRegistry::note();
        QVERIFY(note.contains(QLatin1String("10 minutes")));
        QVERIFY(note.contains(QLatin1String("renamed")));
        QVERIFY(note.contains(QLatin1String("deleted")));
    }
};

QTEST_GUILESS_MAIN(TestCustomTagRegistry)
#include "tst_customtagregistry.moc"
