// The profile table's cell editors, driven like a person would: a real QTableView over a real
// ProfileTableModel, opened by double-click and edited with key and mouse events, offscreen.
#include "profile/bytecountinglineedit.h"
#include "profile/profilefielddelegate.h"
#include "profile/profiletablemodel.h"
#include "profile/uint32spinbox.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDateEdit>
#include <QJsonObject>
#include <QPointer>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using Model = ProfileTableModel;

namespace {

QString tag(const char *shortName)
{
    return QStringLiteral("Tag_Profile_IM_") + QLatin1String(shortName);
}

QJsonObject item(const QString &tag, const QJsonValue &value)
{
    return { { QStringLiteral("Tag"), tag }, { QStringLiteral("Value"), value } };
}

QString cjk(int characters)
{
    return QString(characters, QChar(0x4E2D)); // 3 bytes each in UTF-8
}

} // namespace

class TestProfileDelegates final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTableView> m_view;
    Model *m_model = nullptr;

    QModelIndex valueIndex(const QString &tag) const
    {
        return m_model->index(m_model->rowOfTag(tag), Model::ValueColumn);
    }

    QWidget *openEditor(const QString &tag)
    {
        const QModelIndex index = valueIndex(tag);
        m_view->scrollTo(index);
        const QPoint centre = m_view->visualRect(index).center();
        // QTest::mouseDClick sends only the second click; a person's first click selects the cell.
        QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, centre);
        QTest::mouseDClick(m_view->viewport(), Qt::LeftButton, {}, centre);
        return m_view->indexWidget(index);
    }

    // The view commits and closes an editor on Enter through a queued call.
    void pressEnter(QWidget *editor)
    {
        const QPointer<QWidget> guard(editor);
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_VERIFY(!guard || !guard->isVisible());
    }

    void type(QWidget *editor, const QString &text)
    {
        // keyClicks() goes through Latin-1; multibyte text needs the event's text set directly.
        for (const QChar c : text)
            QTest::sendKeyEvent(QTest::Click, editor, Qt::Key_unknown, QString(c), Qt::NoModifier);
    }

private Q_SLOTS:
    void init()
    {
        m_view = std::make_unique<QTableView>();
        m_model = new Model(m_view.get());
        m_model->loadFromServer(
            { item(tag("Nick"), QStringLiteral("Anna")),
                item(tag("Gender"), QStringLiteral("Gender_Type_Female")), item(tag("BirthDay"), 19900521),
                item(tag("Location"), QStringLiteral("DE")),
                item(tag("AllowType"), QStringLiteral("AllowType_Type_NeedConfirm")),
                item(tag("Language"), 0), item(tag("MsgSettings"), 6),
                item(tag("AdminForbidType"), QStringLiteral("AdminForbid_Type_None")),
                item(tag("Level"), qint64(4294967294)), item(tag("Role"), 7) },
            FieldSchema::standardTags());
        m_view->setModel(m_model);
        m_view->setItemDelegate(new ProfileFieldDelegate(m_view.get()));
        m_view->resize(1200, 600);
        m_view->setColumnWidth(Model::ValueColumn, 400);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    }

    void cleanup()
    {
        m_view.reset();
        m_model = nullptr;
    }

    void everyStandardFieldOpensItsEditor_data()
    {
        QTest::addColumn<QString>("tag");
        QTest::addColumn<QByteArray>("editorClass");
        const QHash<QString, QByteArray> expected {
            { tag("Nick"), "ByteCountingLineEdit" },
            { tag("Gender"), "QComboBox" },
            { tag("BirthDay"), "QDateEdit" },
            { tag("Location"), "ByteCountingLineEdit" },
            { tag("SelfSignature"), "ByteCountingLineEdit" },
            { tag("AllowType"), "QComboBox" },
            { tag("Language"), "UInt32SpinBox" },
            { tag("Image"), "ByteCountingLineEdit" },
            { tag("MsgSettings"), "QCheckBox" },
            { tag("AdminForbidType"), "QComboBox" },
            { tag("Level"), "UInt32SpinBox" },
            { tag("Role"), "UInt32SpinBox" },
        };
        for (const QString &standard : FieldSchema::standardTags())
            QTest::newRow(qPrintable(standard)) << standard << expected.value(standard);
        QCOMPARE(FieldSchema::standardTags().size(), expected.size());
    }

    void everyStandardFieldOpensItsEditor()
    {
        QFETCH(QString, tag);
        QFETCH(QByteArray, editorClass);
        QWidget *editor = openEditor(tag);
        QVERIFY(editor);
        QCOMPARE(QByteArray(editor->metaObject()->className()), editorClass);
        QCOMPARE(
            editor->accessibleName(), valueIndex(tag).siblingAtColumn(Model::FieldColumn).data().toString());
        QTest::keyClick(editor, Qt::Key_Escape);
        QVERIFY(m_model->changedItems().isEmpty());
    }

    void enumsUseComboBoxesWithLabels_data()
    {
        QTest::addColumn<QString>("tag");
        QTest::addColumn<QStringList>("labels");
        QTest::addColumn<QString>("next");
        QTest::newRow("Gender") << tag("Gender")
                                << QStringList({ QStringLiteral("Not set"), QStringLiteral("Female"),
                                       QStringLiteral("Male") })
                                << QStringLiteral("Gender_Type_Male");
        QTest::newRow("AllowType") << tag("AllowType")
                                   << QStringList(
                                          { QStringLiteral("Need approval"), QStringLiteral("Anyone may add"),
                                              QStringLiteral("Nobody may add") })
                                   << QStringLiteral("AllowType_Type_AllowAny");
        QTest::newRow("AdminForbidType")
            << tag("AdminForbidType")
            << QStringList({ QStringLiteral("Allowed"), QStringLiteral("Forbidden") })
            << QStringLiteral("AdminForbid_Type_SendOut");
    }

    void enumsUseComboBoxesWithLabels()
    {
        QFETCH(QString, tag);
        QFETCH(QStringList, labels);
        QFETCH(QString, next);
        auto *combo = qobject_cast<QComboBox *>(openEditor(tag));
        QVERIFY(combo);
        QStringList shown;
        for (int i = 0; i < combo->count(); ++i)
            shown.append(combo->itemText(i));
        QCOMPARE(shown, labels);
        QCOMPARE(combo->currentData().toString(), valueIndex(tag).data(Qt::EditRole).toString());

        QTest::keyClick(combo, Qt::Key_Down);
        QCOMPARE(valueIndex(tag).data(Model::JsonValueRole).value<QJsonValue>(), QJsonValue(next));
        QCOMPARE(m_model->state(valueIndex(tag).row()), Model::RowState::Changed);
        pressEnter(combo);
        QVERIFY(!m_view->indexWidget(valueIndex(tag)));
    }

    void birthdayEditorWritesYyyymmddAsANumber()
    {
        auto *date = qobject_cast<QDateEdit *>(openEditor(tag("BirthDay")));
        QVERIFY(date);
        QCOMPARE(date->date(), QDate(1990, 5, 21));
        QTest::keyClick(date, Qt::Key_Up); // the year section
        pressEnter(date);
        const QJsonValue sent = valueIndex(tag("BirthDay")).data(Model::JsonValueRole).value<QJsonValue>();
        QCOMPARE(sent.type(), QJsonValue::Double);
        QCOMPARE(sent.toInteger(), 19910521);
    }

    void birthdayEditorKeepsToTheCalendar()
    {
        QVERIFY(m_model->setData(valueIndex(tag("BirthDay")), 20240229));
        auto *date = qobject_cast<QDateEdit *>(openEditor(tag("BirthDay")));
        QVERIFY(date);
        QTest::keyClick(date, Qt::Key_Up);
        pressEnter(date);
        QCOMPARE(valueIndex(tag("BirthDay")).data(Qt::EditRole).toLongLong(), 20250228);
    }

    void birthdayNotSetShowsAsSuchAndStaysUnsent()
    {
        m_model->loadFromServer({ item(tag("BirthDay"), 0) }, { tag("BirthDay") });
        auto *date = qobject_cast<QDateEdit *>(openEditor(tag("BirthDay")));
        QVERIFY(date);
        QCOMPARE(date->text(), QStringLiteral("Not set"));
        pressEnter(date);
        QVERIFY(m_model->changedItems().isEmpty());
    }

    void numbersUseFullRangeSpinBoxes_data()
    {
        QTest::addColumn<QString>("tag");
        QTest::newRow("Language") << tag("Language");
        QTest::newRow("Level") << tag("Level");
        QTest::newRow("Role") << tag("Role");
    }

    void numbersUseFullRangeSpinBoxes()
    {
        QFETCH(QString, tag);
        auto *spin = qobject_cast<UInt32SpinBox *>(openEditor(tag));
        QVERIFY(spin);
        QCOMPARE(qlonglong(spin->value()), valueIndex(tag).data(Qt::EditRole).toLongLong());
        QTest::keyClick(spin, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(spin, QStringLiteral("-4294967296"));
        QCOMPARE(
            spin->text(), QStringLiteral("429496729")); // the sign and the digit past the maximum are refused
        QTest::keyClick(spin, Qt::Key_Up);
        QTest::keyClick(spin, Qt::Key_Up);
        QCOMPARE(spin->value(), 429496731u);
        pressEnter(spin);
        const QJsonValue sent = valueIndex(tag).data(Model::JsonValueRole).value<QJsonValue>();
        QCOMPARE(sent.type(), QJsonValue::Double);
        QCOMPARE(sent.toInteger(), 429496731);
    }

    void spinBoxReachesButNeverPassesTheMaximum()
    {
        auto *spin = qobject_cast<UInt32SpinBox *>(openEditor(tag("Level")));
        QVERIFY(spin);
        QCOMPARE(spin->value(), 4294967294u);
        QTest::keyClick(spin, Qt::Key_Up);
        QTest::keyClick(spin, Qt::Key_Up);
        QCOMPARE(spin->value(), 4294967295u);
        QCOMPARE(spin->text(), QStringLiteral("4294967295"));
        pressEnter(spin);
        QCOMPARE(valueIndex(tag("Level")).data(Qt::EditRole).toLongLong(), 4294967295);
    }

    void messageSettingsCheckboxFlipsOnlyBitZero()
    {
        auto *box = qobject_cast<QCheckBox *>(openEditor(tag("MsgSettings")));
        QVERIFY(box);
        QVERIFY(!box->isChecked());
        QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(8, box->height() / 2)); // on the indicator
        QVERIFY(box->isChecked());
        QCOMPARE(valueIndex(tag("MsgSettings")).data(Qt::EditRole).toLongLong(), 7);
        QVERIFY(valueIndex(tag("MsgSettings")).data().toString().contains(QLatin1String("does not receive")));
        QTest::keyClick(box, Qt::Key_Space);
        QCOMPARE(valueIndex(tag("MsgSettings")).data(Qt::EditRole).toLongLong(), 6);
        QVERIFY(m_model->changedItems().isEmpty());
    }

    void textEditorCountsBytesAndStopsAtTheLimit()
    {
        QVERIFY(m_model->setData(valueIndex(tag("Nick")), cjk(166))); // 498 bytes
        auto *edit = qobject_cast<ByteCountingLineEdit *>(openEditor(tag("Nick")));
        QVERIFY(edit);
        QCOMPARE(edit->counterText(), QStringLiteral("498 / 500 bytes"));
        QTest::keyClick(edit, Qt::Key_End);
        type(edit, QStringLiteral("\u4E2D")); // 501: refused
        QCOMPARE(edit->counterText(), QStringLiteral("498 / 500 bytes"));
        type(edit, QStringLiteral("\u00E9")); // 500: fits exactly
        QCOMPARE(edit->counterText(), QStringLiteral("500 / 500 bytes"));
        QTest::keyClick(edit, Qt::Key_A); // 501: refused
        QCOMPARE(edit->text(), cjk(166) + QChar(0xE9));
        QCOMPARE(edit->accessibleDescription(), edit->counterText());
        pressEnter(edit);
        QCOMPARE(valueIndex(tag("Nick")).data(Model::ByteCountRole).toInt(), 500);
    }

    void textEditorRefusesAnOverlongPaste()
    {
        auto *edit = qobject_cast<ByteCountingLineEdit *>(openEditor(tag("SelfSignature")));
        QVERIFY(edit);
        QApplication::clipboard()->setText(cjk(167));
        QTest::keyClick(edit, Qt::Key_V, Qt::ControlModifier);
        QCOMPARE(edit->text(), QString());
        QApplication::clipboard()->setText(cjk(100));
        QTest::keyClick(edit, Qt::Key_V, Qt::ControlModifier);
        QCOMPARE(edit->counterText(), QStringLiteral("300 / 500 bytes"));
    }

    void locationWarnsPastSixteenBytesButAccepts()
    {
        auto *edit = qobject_cast<ByteCountingLineEdit *>(openEditor(tag("Location")));
        QVERIFY(edit);
        QTest::keyClick(edit, Qt::Key_End);
        QTest::keyClicks(edit, QStringLiteral(" and elsewhere!"));
        QVERIFY(edit->isOverWarningLimit());
        QVERIFY(edit->counterText().contains(QLatin1String("over 16")));
        QVERIFY(edit->toolTip().contains(QLatin1String("16 bytes")));
        pressEnter(edit);
        QCOMPARE(
            valueIndex(tag("Location")).data(Qt::EditRole).toString(), QStringLiteral("DE and elsewhere!"));
    }

    void untouchedEditorWritesNothing()
    {
        m_model->loadFromServer(
            { item(tag("BirthDay"), 20230230) }, { tag("BirthDay") }); // stored by another tool
        QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
        QWidget *editor = openEditor(tag("BirthDay"));
        QVERIFY(editor);
        pressEnter(editor);
        QVERIFY(!m_view->indexWidget(valueIndex(tag("BirthDay"))));
        QCOMPARE(changed.size(), 0);
        QVERIFY(m_model->changedItems().isEmpty());
    }

    void invalidCellsShowColourIconTooltipAndAccessibleText()
    {
        QVERIFY(m_model->setData(valueIndex(tag("Role")), 9));
        m_model->markServerError(40610);
        const QModelIndex invalid = valueIndex(tag("Role"));
        const QModelIndex plain = valueIndex(tag("Nick"));
        QCOMPARE(m_model->state(invalid.row()), Model::RowState::Invalid);
        m_view->clearSelection();
        m_view->setCurrentIndex(QModelIndex());

        const QImage image = m_view->viewport()->grab().toImage();
        const auto sample = [&](const QModelIndex &index) {
            const QRect rect = m_view->visualRect(index);
            return image.pixelColor(rect.right() - 4, rect.bottom() - 3);
        };
        const QColor tinted = sample(invalid);
        QVERIFY2(tinted.red() > tinted.green() + 30, qPrintable(tinted.name()));
        QVERIFY(sample(plain) != tinted);

        const QModelIndex state = invalid.siblingAtColumn(Model::StateColumn);
        QCOMPARE(state.data().toString(), QStringLiteral("Invalid"));
        QVERIFY(state.data(Qt::ToolTipRole).toString().contains(QLatin1String("40610")));
        QVERIFY(state.data(Qt::AccessibleTextRole).toString().contains(QLatin1String("Invalid")));
        QVERIFY(!ProfileFieldDelegate::stateIcon(state.data(Model::StateIconRole).toString(), m_view->style())
                     .isNull());
        QVERIFY(ProfileFieldDelegate::stateBackground(Model::RowState::Invalid)
            != ProfileFieldDelegate::stateBackground(Model::RowState::Changed));
        QVERIFY(!ProfileFieldDelegate::stateBackground(Model::RowState::Unchanged).isValid());
    }
};

QTEST_MAIN(TestProfileDelegates)
#include "tst_profiledelegates.moc"
