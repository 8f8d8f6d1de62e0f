// The editable profile table: what it accepts, what it would send, and how it reports what the
// server did with it. Every test runs under QAbstractItemModelTester.
#include "profile/customtagregistry.h"
#include "profile/profiletablemodel.h"

#include <QAbstractItemModelTester>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using State = ProfileTableModel::RowState;

namespace {

const QString Nick = QStringLiteral("Tag_Profile_IM_Nick");
const QString Gender = QStringLiteral("Tag_Profile_IM_Gender");
const QString BirthDay = QStringLiteral("Tag_Profile_IM_BirthDay");
const QString Level = QStringLiteral("Tag_Profile_IM_Level");
const QString Location = QStringLiteral("Tag_Profile_IM_Location");
const QString Signature = QStringLiteral("Tag_Profile_IM_SelfSignature");
const QString Hobby = QStringLiteral("Tag_Profile_Custom_Hobby");
const QString Vip = QStringLiteral("Tag_Profile_Custom_Vip");

QJsonObject item(const QString &tag, const QJsonValue &value)
{
    return { { QStringLiteral("Tag"), tag }, { QStringLiteral("Value"), value } };
}

} // namespace

class TestProfileTableModel final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ProfileTableModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    QTemporaryDir m_dir;
    std::unique_ptr<CustomTagRegistry> m_registry;

    QModelIndex valueIndex(const QString &tag) const
    {
        return m_model->index(m_model->rowOfTag(tag), ProfileTableModel::ValueColumn);
    }
    State stateOf(const QString &tag) const { return m_model->state(m_model->rowOfTag(tag)); }
    bool set(const QString &tag, const QVariant &value) { return m_model->setData(valueIndex(tag), value); }

    // The account "anna" as the server holds her: no birthday, no signature, Vip read-only.
    void loadAnna()
    {
        m_model->loadFromServer(
            { item(Nick, QStringLiteral("Anna")), item(Gender, QStringLiteral("Gender_Type_Female")),
                item(Level, 3), item(Location, QStringLiteral("DE")), item(Hobby, QStringLiteral("chess")),
                item(Vip, QStringLiteral("gold")) },
            { Nick, Gender, BirthDay, Level, Location, Signature, Hobby, Vip });
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_registry = std::make_unique<CustomTagRegistry>(QStringLiteral("test"),
            std::make_unique<QSettings>(
                m_dir.filePath(QStringLiteral("%1.ini").arg(QTest::currentTestFunction())),
                QSettings::IniFormat));
        m_registry->add(QStringLiteral("Hobby"), true, true);
        m_registry->add(QStringLiteral("Vip"), true, false);
        m_model = std::make_unique<ProfileTableModel>();
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_model->setCustomTagRegistry(m_registry.get());
    }

    void cleanup()
    {
        m_tester.reset();
        m_model.reset();
        m_registry.reset();
    }

    void loadFillsServerValuesAndMarksMissingTags()
    {
        loadAnna();
        QCOMPARE(m_model->rowCount(), 8);
        QCOMPARE(
            m_model->tags(), QStringList({ Nick, Gender, BirthDay, Level, Location, Signature, Hobby, Vip }));
        QCOMPARE(stateOf(Nick), State::Unchanged);
        QCOMPARE(stateOf(BirthDay), State::NotSetOnServer);
        QCOMPARE(stateOf(Signature), State::NotSetOnServer);
        const int gender = m_model->rowOfTag(Gender);
        QCOMPARE(m_model->index(gender, ProfileTableModel::ServerValueColumn).data().toString(),
            QStringLiteral("Female (Gender_Type_Female)"));
        QCOMPARE(m_model->index(gender, ProfileTableModel::ValueColumn).data(Qt::EditRole).toString(),
            QStringLiteral("Gender_Type_Female"));
        QCOMPARE(valueIndex(Level).data(Qt::EditRole).toLongLong(), 3);
        QCOMPARE(
            m_model->index(gender, ProfileTableModel::ValueColumn).data(ProfileTableModel::ChoiceLabelsRole),
            QVariant(QStringList(
                { QStringLiteral("Not set"), QStringLiteral("Female"), QStringLiteral("Male") })));
        QVERIFY(m_model->changedItems().isEmpty());
        QVERIFY(!m_model->hasChanges());
        QVERIFY(!m_model->hasInvalidRows());
    }

    void loadKeepsTagsTheServerAddedAndSkipsGarbage()
    {
        m_model->loadFromServer({ item(Nick, QStringLiteral("A")), item(Level, 1), QJsonValue(3),
                                    item(QStringLiteral("Bogus"), 1) },
            { Nick });
        QCOMPARE(m_model->tags(), QStringList({ Nick, Level }));
    }

    void editingMakesOnlyThatRowChanged()
    {
        loadAnna();
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        QVERIFY(set(Nick, QStringLiteral("Anna B")));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().row(), m_model->rowOfTag(Nick));
        QCOMPARE(changed.first().at(1).toModelIndex().column(), ProfileTableModel::StateColumn);
        QCOMPARE(stateOf(Nick), State::Changed);
        QCOMPARE(stateOf(Gender), State::Unchanged);
        QCOMPARE(m_model->changedItems(), QJsonArray({ item(Nick, QStringLiteral("Anna B")) }));
        QVERIFY(m_model->stateReason(m_model->rowOfTag(Nick)).contains(QLatin1String("Anna")));
    }

    void editingBackToTheServerValueIsUnchanged()
    {
        loadAnna();
        QVERIFY(set(Nick, QStringLiteral("Other")));
        QVERIFY(set(Nick, QStringLiteral("Anna")));
        QVERIFY(set(Level, QStringLiteral("3")));
        QVERIFY(set(Gender, QStringLiteral("Female")));
        QCOMPARE(stateOf(Nick), State::Unchanged);
        QVERIFY(m_model->changedItems().isEmpty());
        QVERIFY(!m_model->hasChanges());
    }

    void payloadCarriesWireTypes()
    {
        loadAnna();
        QVERIFY(set(BirthDay, QStringLiteral("1990-05-21")));
        QVERIFY(set(Level, QVariant::fromValue(4294967295u)));
        QVERIFY(set(Gender, QStringLiteral("Male")));
        QVERIFY(set(Signature, QString()));
        QVERIFY(set(Hobby, QStringLiteral("42")));
        const QJsonArray items = m_model->changedItems();
        QCOMPARE(items.size(), 5);
        QHash<QString, QJsonValue> byTag;
        for (const QJsonValue &entry : items) {
            QCOMPARE(
                entry.toObject().keys(), QStringList({ QStringLiteral("Tag"), QStringLiteral("Value") }));
            byTag.insert(entry[QLatin1String("Tag")].toString(), entry[QLatin1String("Value")]);
        }
        QCOMPARE(byTag.value(BirthDay).type(), QJsonValue::Double);
        QCOMPARE(byTag.value(BirthDay).toInteger(), 19900521);
        QCOMPARE(byTag.value(Level).toInteger(), 4294967295);
        QCOMPARE(byTag.value(Gender), QJsonValue(QStringLiteral("Gender_Type_Male")));
        QCOMPARE(byTag.value(Signature), QJsonValue(QString()));
        QCOMPARE(byTag.value(Hobby), QJsonValue(QStringLiteral("42"))); // custom values stay strings
        QVERIFY(!byTag.contains(Nick));
        QVERIFY(!byTag.contains(Location));
    }

    void refusesInvalidValuesAndSaysWhy_data()
    {
        QTest::addColumn<QString>("tag");
        QTest::addColumn<QVariant>("value");
        QTest::addColumn<QString>("mentions");

        QTest::newRow("501 bytes") << Nick << QVariant(QString(167, QChar(0x4E2D))) << QStringLiteral("501");
        QTest::newRow("wrong enum") << Gender << QVariant(QStringLiteral("Other"))
                                    << QStringLiteral("Gender_Type_Male");
        QTest::newRow("impossible date") << BirthDay << QVariant(20230230) << QStringLiteral("YYYYMMDD");
        QTest::newRow("too big") << Level << QVariant(qlonglong(4294967296)) << QStringLiteral("4294967295");
        QTest::newRow("negative") << Level << QVariant(-1) << QStringLiteral("4294967295");
        QTest::newRow("fraction") << Level << QVariant(1.5) << QStringLiteral("1.5");
        QTest::newRow("text for number")
            << Level << QVariant(QStringLiteral("high")) << QStringLiteral("high");
        QTest::newRow("bool") << Nick << QVariant(true) << QStringLiteral("true");
        QTest::newRow("no value") << Nick << QVariant() << QStringLiteral("Nickname");
        QTest::newRow("read-only custom")
            << Vip << QVariant(QStringLiteral("silver")) << QStringLiteral("writable");
    }

    void refusesInvalidValuesAndSaysWhy()
    {
        QFETCH(QString, tag);
        QFETCH(QVariant, value);
        QFETCH(QString, mentions);
        loadAnna();
        QSignalSpy rejected(m_model.get(), &ProfileTableModel::editRejected);
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        const QVariant before = valueIndex(tag).data(Qt::EditRole);
        QVERIFY(!set(tag, value));
        QCOMPARE(rejected.size(), 1);
        QCOMPARE(rejected.first().at(0).toModelIndex(), valueIndex(tag));
        QVERIFY2(rejected.first().at(1).toString().contains(mentions), qPrintable(m_model->lastError()));
        QCOMPARE(m_model->lastError(), rejected.first().at(1).toString());
        QCOMPARE(changed.size(), 0);
        QCOMPARE(valueIndex(tag).data(Qt::EditRole), before);
        QVERIFY(m_model->changedItems().isEmpty());
        QVERIFY(set(Nick, QStringLiteral("ok")));
        QVERIFY(m_model->lastError().isEmpty());
    }

    void acceptsBoundaryValues()
    {
        loadAnna();
        QVERIFY(set(Nick, QString(QString(166, QChar(0x4E2D)) + QChar(0xE9)))); // 500 bytes
        QVERIFY(set(Level, 0));
        QVERIFY(set(BirthDay, 20240229));
        QVERIFY(set(Location, QStringLiteral("Berlin, Germany!!"))); // 17 bytes: a warning only
        QCOMPARE(stateOf(Location), State::Changed);
        QCOMPARE(
            m_model->index(m_model->rowOfTag(Location), 0).data(ProfileTableModel::CheckLevelRole).toInt(),
            int(FieldCheck::Warning));
        QVERIFY(m_model->stateReason(m_model->rowOfTag(Location)).contains(QLatin1String("16")));
        QCOMPARE(
            m_model->index(m_model->rowOfTag(Location), 0).data(ProfileTableModel::StateIconRole).toString(),
            QStringLiteral("dialog-warning"));
    }

    void countsUtf8BytesLive()
    {
        loadAnna();
        const QModelIndex nick = valueIndex(Nick);
        QCOMPARE(nick.data(ProfileTableModel::ByteCountRole).toInt(), 4);
        QVERIFY(set(Nick, QStringLiteral("Anna \u4E2D\u6587 \U0001F600")));
        QCOMPARE(nick.data(ProfileTableModel::ByteCountRole).toInt(), 5 + 6 + 1 + 4);
        QCOMPARE(m_model->index(nick.row(), ProfileTableModel::SizeColumn).data().toString(),
            QStringLiteral("16 / 500 bytes"));
        QCOMPARE(nick.data(ProfileTableModel::MaxBytesRole).toInt(), 500);
        QCOMPARE(valueIndex(Location).data(ProfileTableModel::WarningBytesRole).toInt(), 16);
        QVERIFY(m_model->index(m_model->rowOfTag(Level), ProfileTableModel::SizeColumn)
                    .data()
                    .toString()
                    .isEmpty());
    }

    void exposesEditorHints()
    {
        loadAnna();
        QCOMPARE(valueIndex(BirthDay).data(ProfileTableModel::EditorKindRole).toInt(), int(EditorKind::Date));
        QCOMPARE(valueIndex(Level).data(ProfileTableModel::ValueTypeRole).toInt(), int(ValueType::UInt32));
        QCOMPARE(valueIndex(Gender).data(ProfileTableModel::ChoiceValuesRole).toStringList().size(), 3);
        QCOMPARE(valueIndex(Hobby).data(ProfileTableModel::EditorKindRole).toInt(), int(EditorKind::Text));
        QVERIFY(valueIndex(Nick).flags() & Qt::ItemIsEditable);
        QVERIFY(!(m_model->index(0, ProfileTableModel::ServerValueColumn).flags() & Qt::ItemIsEditable));
        QCOMPARE(m_model->headerData(ProfileTableModel::StateColumn, Qt::Horizontal).toString(),
            QStringLiteral("State"));
    }

    void messageSettingsShowBitZero()
    {
        m_model->loadFromServer({ item(QStringLiteral("Tag_Profile_IM_MsgSettings"), 6) },
            { QStringLiteral("Tag_Profile_IM_MsgSettings") });
        const QModelIndex value = m_model->index(0, ProfileTableModel::ValueColumn);
        QVERIFY(value.data().toString().contains(QLatin1String("receives messages")));
        QVERIFY(m_model->setData(value, 7));
        QVERIFY(value.data().toString().contains(QLatin1String("does not receive")));
    }

    void addsAndRemovesRows()
    {
        loadAnna();
        QVERIFY(!m_model->addField(QStringLiteral("Nick")));
        QVERIFY(m_model->lastError().contains(QLatin1String("already")));
        QVERIFY(!m_model->addField(QStringLiteral("Tag_Profile_IM_Nickname")));
        QVERIFY(m_model->lastError().contains(QLatin1String("Tag_Profile_IM_Nick,")));
        QVERIFY(!m_model->addField(QStringLiteral("Tag_Profile_Custom_1x")));
        QVERIFY(!m_model->addField(QStringLiteral("Hobby2")));
        QCOMPARE(m_model->rowCount(), 8);

        QVERIFY(m_model->addField(QStringLiteral("role")));
        QVERIFY(m_model->addField(QStringLiteral("Tag_Profile_Custom_Pet")));
        QCOMPARE(m_model->rowCount(), 10);
        QCOMPARE(m_model->tagAt(8), QStringLiteral("Tag_Profile_IM_Role"));
        QCOMPARE(stateOf(QStringLiteral("Tag_Profile_IM_Role")), State::NotSetOnServer);
        QVERIFY(m_model->changedItems().isEmpty()); // an added row without a value sends nothing

        // A custom field not in the registry can be written (it may exist) but the row warns.
        QVERIFY(set(QStringLiteral("Tag_Profile_Custom_Pet"), QStringLiteral("cat")));
        QCOMPARE(valueIndex(QStringLiteral("Tag_Profile_Custom_Pet"))
                     .data(ProfileTableModel::CheckLevelRole)
                     .toInt(),
            int(FieldCheck::Warning));
        QVERIFY(m_model->stateReason(9).contains(QLatin1String("40009")));

        QVERIFY(m_model->removeRows(8, 2));
        QCOMPARE(m_model->rowCount(), 8);
        QVERIFY(m_model->changedItems().isEmpty());
        QVERIFY(!m_model->removeRows(7, 2));
    }

    void revertsOneOrAll()
    {
        loadAnna();
        QVERIFY(set(Nick, QStringLiteral("X")));
        QVERIFY(set(Level, 9));
        m_model->revertRow(m_model->rowOfTag(Nick));
        QCOMPARE(stateOf(Nick), State::Unchanged);
        QCOMPARE(valueIndex(Nick).data(Qt::EditRole).toString(), QStringLiteral("Anna"));
        QCOMPARE(stateOf(Level), State::Changed);
        m_model->revertAll();
        QVERIFY(!m_model->hasChanges());
        QCOMPARE(valueIndex(Level).data(Qt::EditRole).toLongLong(), 3);
    }

    void readBackFlagsWhatDidNotStick()
    {
        loadAnna();
        QVERIFY(set(Nick, QStringLiteral("Anna B")));
        QVERIFY(set(Level, 10));
        QVERIFY(set(Signature, QStringLiteral("hello")));
        QVERIFY(set(BirthDay, 0));
        const QJsonArray sent = m_model->changedItems();
        QCOMPARE(sent.size(), 4);
        // The server kept Nick, clamped Level, dropped the signature and omits the zero birthday.
        const QStringList lost = m_model->markReadBack({ item(Nick, QStringLiteral("Anna B")), item(Level, 5),
                                                           item(Gender, QStringLiteral("Gender_Type_Male")) },
            sent);
        QCOMPARE(lost, QStringList({ Level, Signature }));
        QCOMPARE(stateOf(Nick), State::Unchanged);
        QCOMPARE(stateOf(BirthDay), State::Unchanged);
        QCOMPARE(stateOf(Level), State::DidNotStick);
        QCOMPARE(stateOf(Signature), State::DidNotStick);
        QCOMPARE(valueIndex(Level).data(Qt::EditRole).toLongLong(), 10);
        QCOMPARE(
            m_model->index(m_model->rowOfTag(Level), ProfileTableModel::ServerValueColumn).data().toString(),
            QStringLiteral("5"));
        const QString reason = m_model->stateReason(m_model->rowOfTag(Level));
        QVERIFY2(
            reason.contains(QLatin1String("10")) && reason.contains(QLatin1String("5")), qPrintable(reason));
        QVERIFY(m_model->stateReason(m_model->rowOfTag(Signature)).contains(QLatin1String("no value")));
        // Someone else changed Gender meanwhile: the table shows the fresh value, not a change.
        QCOMPARE(stateOf(Gender), State::Unchanged);
        QCOMPARE(valueIndex(Gender).data(Qt::EditRole).toString(), QStringLiteral("Gender_Type_Male"));
        // What did not stick is still pending, so applying again retries exactly those.
        QCOMPARE(m_model->changedItems(),
            QJsonArray({ item(Level, 10), item(Signature, QStringLiteral("hello")) }));
        QVERIFY(!m_model->hasInvalidRows());
        QVERIFY(set(Level, 11));
        QCOMPARE(stateOf(Level), State::Changed);
    }

    void serverErrorsPointAtTheRow_data()
    {
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("errorInfo");
        QTest::addColumn<QJsonArray>("sent");
        QTest::addColumn<QStringList>("marked");

        const QJsonArray mixed { item(Nick, QStringLiteral("N")), item(Level, 7),
            item(Hobby, QStringLiteral("go")),
            item(QStringLiteral("Tag_Profile_Custom_Ghost"), QStringLiteral("boo")) };
        QTest::newRow("40009 unregistered custom tag")
            << 40009 << QString() << mixed << QStringList { QStringLiteral("Tag_Profile_Custom_Ghost") };
        QTest::newRow("40009 named in ErrorInfo")
            << 40009 << QStringLiteral("tag Tag_Profile_Custom_Hobby not exist") << mixed
            << QStringList { Hobby };
        QTest::newRow("40008 read-only custom")
            << 40008 << QString()
            << QJsonArray { item(Nick, QStringLiteral("N")), item(Vip, QStringLiteral("x")) }
            << QStringList { Vip };
        QTest::newRow("40008 unknown which custom")
            << 40008 << QString()
            << QJsonArray { item(Nick, QStringLiteral("N")), item(Hobby, QStringLiteral("x")) }
            << QStringList { Hobby };
        QTest::newRow("40601 the long value")
            << 40601 << QString()
            << QJsonArray { item(Level, 7), item(Nick, QString(200, QLatin1Char('x'))),
                   item(Hobby, QStringLiteral("go")) }
            << QStringList { Nick };
        QTest::newRow("40605 standard fields") << 40605 << QString() << mixed << QStringList { Nick, Level };
        QTest::newRow("40610 named") << 40610 << QStringLiteral("Tag_Profile_IM_Level type error") << mixed
                                     << QStringList { Level };
        QTest::newRow("not about a field") << 40003 << QString() << mixed << QStringList();
    }

    void serverErrorsPointAtTheRow()
    {
        QFETCH(int, code);
        QFETCH(QString, errorInfo);
        QFETCH(QJsonArray, sent);
        QFETCH(QStringList, marked);
        loadAnna();
        m_model->addField(QStringLiteral("Tag_Profile_Custom_Ghost"));
        // Put the sent values in the table, bypassing the registry so the read-only one can be "sent".
        m_model->setCustomTagRegistry(nullptr);
        for (const QJsonValue &entry : sent)
            QVERIFY(set(
                entry[QLatin1String("Tag")].toString(), QVariant::fromValue(entry[QLatin1String("Value")])));
        m_model->setCustomTagRegistry(m_registry.get());

        const QList<int> rows = m_model->markServerError(code, errorInfo, sent);
        QStringList tags;
        for (int row : rows)
            tags.append(m_model->tagAt(row));
        QCOMPARE(tags, marked);
        QCOMPARE(m_model->hasInvalidRows(), !marked.isEmpty());
        for (const QString &tag : marked) {
            QCOMPARE(stateOf(tag), State::Invalid);
            const QModelIndex index = valueIndex(tag);
            QVERIFY(
                index.data(ProfileTableModel::StateReasonRole).toString().contains(QString::number(code)));
            QCOMPARE(index.data(ProfileTableModel::StateIconRole).toString(), QStringLiteral("dialog-error"));
            QVERIFY(index.data(Qt::ToolTipRole).toString().contains(QString::number(code)));
            QVERIFY(index.data(Qt::AccessibleTextRole).toString().contains(QLatin1String("Invalid")));
        }
    }

    void serverErrorClearsWithAValidEditOrRevert()
    {
        loadAnna();
        QVERIFY(set(Nick, QStringLiteral("N")));
        QVERIFY(set(Level, 7));
        m_model->markServerError(40605, QStringLiteral("Tag_Profile_IM_Nick"));
        QCOMPARE(stateOf(Nick), State::Invalid);
        QCOMPARE(stateOf(Level), State::Changed);
        QVERIFY(m_model->hasInvalidRows());
        QVERIFY(set(Nick, QStringLiteral("N"))); // confirming the same value clears the mark too
        QVERIFY(!m_model->hasInvalidRows());
        m_model->markServerError(40610, QStringLiteral("Tag_Profile_IM_Level"));
        QVERIFY(m_model->hasInvalidRows());
        m_model->revertRow(m_model->rowOfTag(Level));
        QVERIFY(!m_model->hasInvalidRows());
    }

    void invalidIsToldInWordsNotJustColour()
    {
        loadAnna();
        QVERIFY(set(Level, 7));
        m_model->markServerError(40610, QString(), { item(Level, 7) });
        const QModelIndex state = m_model->index(m_model->rowOfTag(Level), ProfileTableModel::StateColumn);
        QCOMPARE(state.data().toString(), QStringLiteral("Invalid"));
        QVERIFY(state.data(Qt::AccessibleTextRole).toString().startsWith(QLatin1String("Level: Invalid: ")));
        QVERIFY(state.data(Qt::ToolTipRole).toString().contains(QLatin1String("40610")));
        QCOMPARE(state.data(ProfileTableModel::StateRole).toInt(), int(State::Invalid));
    }

    void loadDiscardsEditsAndMarks()
    {
        loadAnna();
        QVERIFY(set(Nick, QStringLiteral("X")));
        m_model->markServerError(40605);
        loadAnna();
        QVERIFY(!m_model->hasChanges());
        QVERIFY(!m_model->hasInvalidRows());
    }
};

QTEST_GUILESS_MAIN(TestProfileTableModel)
#include "tst_profiletablemodel.moc"
