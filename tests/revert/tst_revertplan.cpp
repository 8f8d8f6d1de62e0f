#include "revert/revertplan.h"

#include "profile/fieldschema.h"

#include <QTest>

namespace {

qint64 g_nextId = 100;

ChangeRecord change(const QString &account, const QString &tag, const QJsonValue &oldValue,
    const QJsonValue &newValue, ChangeRecord::State state = ChangeRecord::State::Ok)
{
    ChangeRecord r;
    r.id = ++g_nextId;
    r.at = QDateTime::fromMSecsSinceEpoch(1764640000000 + r.id, Qt::UTC);
    r.connectionId = QStringLiteral("conn-a");
    r.regionId = QStringLiteral("singapore");
    r.baseUrl = QStringLiteral("https://adminapisgp.im.qcloud.com");
    r.sdkAppId = 1400000001;
    r.adminIdentifier = QStringLiteral("administrator");
    r.account = account;
    r.tag = tag;
    r.oldValue = oldValue;
    r.newValue = newValue;
    r.state = state;
    return r;
}

const QString kNick = QStringLiteral("Tag_Profile_IM_Nick");
const QString kLevel = QStringLiteral("Tag_Profile_IM_Level");
const QString kGender = QStringLiteral("Tag_Profile_IM_Gender");
const QJsonValue kNotSet(QJsonValue::Undefined);

PreviewRow previewOf(const QString &account, QList<FieldChange> changes, QList<FieldChange> equal = {})
{
    PreviewRow row;
    row.account = account;
    row.changes = std::move(changes);
    row.alreadyEqual = std::move(equal);
    return row;
}

} // namespace

class TestRevertPlan final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void restoresTheValueBeforeTheFirstChangeAndExpectsTheLast()
    {
        // Written in this order: Anna → Bob, Bob → Carl; the second id is the later one even when
        // the selection comes newest first, as the history lists it.
        const ChangeRecord first
            = change(QStringLiteral("u1"), kNick, QStringLiteral("Anna"), QStringLiteral("Bob"));
        const ChangeRecord second
            = change(QStringLiteral("u1"), kNick, QStringLiteral("Bob"), QStringLiteral("Carl"));
        const RevertPlan plan = RevertPlan::fromChanges({ second, first });
        QCOMPARE(plan.problem(), QString());
        QCOMPARE(plan.fields().size(), 1);
        const RevertField &field = plan.fields().first();
        QCOMPARE(field.restore, QJsonValue(QStringLiteral("Anna")));
        QCOMPARE(field.weWrote, QJsonValue(QStringLiteral("Carl")));
        QCOMPARE(field.changeIds, (QList<qint64> { first.id, second.id }));
        QVERIFY(plan.target()
            == (RequestTarget { QStringLiteral("conn-a"),
                QUrl(QStringLiteral("https://adminapisgp.im.qcloud.com")), 1400000001,
                QStringLiteral("administrator") }));
        QCOMPARE(plan.regionId(), QStringLiteral("singapore"));
    }

    void aFieldNotSetBeforeGetsItsUnsetValue_data()
    {
        QTest::addColumn<QString>("tag");
        QTest::addColumn<QJsonValue>("unset");
        QTest::newRow("text") << kNick << QJsonValue(QString());
        QTest::newRow("number") << kLevel << QJsonValue(0);
        QTest::newRow("birthday") << QStringLiteral("Tag_Profile_IM_BirthDay") << QJsonValue(0);
        QTest::newRow("gender") << kGender << QJsonValue(QStringLiteral("Gender_Type_Unknown"));
        QTest::newRow("friend requests") << QStringLiteral("Tag_Profile_IM_AllowType")
                                         << QJsonValue(QStringLiteral("AllowType_Type_NeedConfirm"));
        QTest::newRow("admin forbid") << QStringLiteral("Tag_Profile_IM_AdminForbidType")
                                      << QJsonValue(QStringLiteral("AdminForbid_Type_None"));
        QTest::newRow("custom") << QStringLiteral("Tag_Profile_Custom_Hobby") << QJsonValue(QString());
    }

    void aFieldNotSetBeforeGetsItsUnsetValue()
    {
        QFETCH(QString, tag);
        QFETCH(QJsonValue, unset);
        const RevertPlan plan = RevertPlan::fromChanges({ change(QStringLiteral("u1"), tag, kNotSet, 7) });
        QCOMPARE(plan.fields().size(), 1);
        QVERIFY(plan.fields().first().wasNotSet);
        QCOMPARE(plan.fields().first().restore, unset);
    }

    void failedWritesChangedNothingAndAreLeftOut()
    {
        const RevertPlan plan
            = RevertPlan::fromChanges({ change(QStringLiteral("u1"), kNick, QStringLiteral("A"),
                                            QStringLiteral("B"), ChangeRecord::State::Failed),
                change(QStringLiteral("u2"), kNick, QStringLiteral("C"), QStringLiteral("D"),
                    ChangeRecord::State::Unknown),
                change(QStringLiteral("u3"), kNick, QStringLiteral("E"), QStringLiteral("F"),
                    ChangeRecord::State::Pending) });
        QCOMPARE(plan.failedChangesLeftOut(), 1);
        QCOMPARE(plan.fields().size(), 2); // unknown and pending may have been stored
        QCOMPARE(plan.fields().at(0).account, QStringLiteral("u2"));
        QCOMPARE(plan.fields().at(1).account, QStringLiteral("u3"));

        const RevertPlan onlyFailed = RevertPlan::fromChanges({ change(QStringLiteral("u1"), kNick,
            QStringLiteral("A"), QStringLiteral("B"), ChangeRecord::State::Failed) });
        QVERIFY(onlyFailed.fields().isEmpty());
        QVERIFY2(onlyFailed.problem().contains(QStringLiteral("nothing to revert")),
            qPrintable(onlyFailed.problem()));
    }

    void changesOfTwoTargetsAreRefused()
    {
        ChangeRecord elsewhere
            = change(QStringLiteral("u2"), kNick, QStringLiteral("C"), QStringLiteral("D"));
        elsewhere.sdkAppId = 1400000002;
        const RevertPlan plan = RevertPlan::fromChanges(
            { change(QStringLiteral("u1"), kNick, QStringLiteral("A"), QStringLiteral("B")), elsewhere });
        QVERIFY(plan.fields().isEmpty());
        QVERIFY2(
            plan.problem().contains(QStringLiteral("one connection at a time")), qPrintable(plan.problem()));
    }

    void thePlanHasOneRowPerAccountWithTheRestoreValues()
    {
        const RevertPlan plan = RevertPlan::fromChanges({ change(QStringLiteral("u1"), kNick,
                                                              QStringLiteral("A"), QStringLiteral("B")),
            change(QStringLiteral("u2"), kLevel, 1, 2), change(QStringLiteral("u1"), kLevel, kNotSet, 5) });
        const ChangePlan changePlan = plan.changePlan();
        QVERIFY(!changePlan.hasProblems());
        QVERIFY(changePlan.mayRun(ChangePlan::InvalidRows::Refuse));
        QCOMPARE(changePlan.rows().size(), 2);
        QCOMPARE(changePlan.rows().at(0).account, QStringLiteral("u1"));
        QCOMPARE(changePlan.rows().at(0).items.size(), 2);
        QCOMPARE(changePlan.rows().at(0).items.at(1).tag, kLevel);
        QCOMPARE(changePlan.rows().at(0).items.at(1).value, QJsonValue(0));
        QCOMPARE(changePlan.rows().at(1).items.at(0).value, QJsonValue(1));
    }

    // What the server holds now decides: what we wrote → put back; something else → a conflict,
    // skipped unless forced; already the old value → unchanged.
    void conflictsAreSkippedUnlessForced()
    {
        const RevertPlan plan = RevertPlan::fromChanges({
            change(QStringLiteral("u1"), kNick, QStringLiteral("Anna"), QStringLiteral("Bob")),
            change(QStringLiteral("u1"), kLevel, 1, 2),
            change(QStringLiteral("u2"), kNick, QStringLiteral("Cleo"), QStringLiteral("Dan")),
            change(QStringLiteral("u3"), kNick, QStringLiteral("Eve"), QStringLiteral("Finn")),
            change(QStringLiteral("u4"), kNick, QStringLiteral("Gus"), QStringLiteral("Hal")),
        });
        const QList<PreviewRow> preview {
            // Nick still what we wrote; Level changed by someone else since (2 → 9).
            previewOf(QStringLiteral("u1"),
                { { kNick, QStringLiteral("Bob"), QStringLiteral("Anna") }, { kLevel, 9, 1 } }),
            // Only a conflict: someone renamed Dan to Zed.
            previewOf(QStringLiteral("u2"), { { kNick, QStringLiteral("Zed"), QStringLiteral("Cleo") } }),
            // Already back to Eve.
            previewOf(QStringLiteral("u3"), {}, { { kNick, QStringLiteral("Eve"), QStringLiteral("Eve") } }),
            [] {
                PreviewRow gone;
                gone.account = QStringLiteral("u4");
                gone.accountMissing = true;
                return gone;
            }(),
        };

        const RevertPlan::Built careful = plan.build(preview, false);
        QCOMPARE(careful.job.kind, WriteJob::Kind::Revert);
        QVERIFY(careful.job.target == plan.target());
        QCOMPARE(careful.job.rows.size(), 4);
        QCOMPARE(careful.job.rows.at(0).changes,
            (QList<FieldChange> { { kNick, QStringLiteral("Bob"), QStringLiteral("Anna") } }));
        QCOMPARE(careful.job.rows.at(0).state, RowState::Pending);
        QCOMPARE(careful.job.rows.at(1).state, RowState::Skipped);
        QCOMPARE(careful.job.rows.at(1).reason, QStringLiteral("conflict"));
        QCOMPARE(careful.job.rows.at(2).state, RowState::Unchanged);
        QCOMPARE(careful.job.rows.at(3).state, RowState::Failed);
        QCOMPARE(careful.conflicts.size(), 2);
        const RevertConflict &level = careful.conflicts.at(0);
        QCOMPARE(level.account, QStringLiteral("u1"));
        QCOMPARE(level.tag, kLevel);
        QCOMPARE(level.weWrote, QJsonValue(2));
        QCOMPARE(level.nowThere, QJsonValue(9));
        QCOMPARE(level.wouldWrite, QJsonValue(1));
        QVERIFY(!level.overwritten);

        const RevertPlan::Built forced = plan.build(preview, true);
        QCOMPARE(forced.job.rows.at(0).changes.size(), 2);
        QCOMPARE(forced.job.rows.at(1).state, RowState::Pending);
        QCOMPARE(forced.job.rows.at(1).changes,
            (QList<FieldChange> { { kNick, QStringLiteral("Zed"), QStringLiteral("Cleo") } }));
        QVERIFY(forced.conflicts.at(0).overwritten);
    }

    // What a preview shows per field: written, a conflict (skipped or overwritten), already back,
    // an account that is gone, a field the server refuses to read; in the plan's order.
    void stepsSayWhatBecomesOfEachField()
    {
        const RevertPlan plan = RevertPlan::fromChanges({
            change(QStringLiteral("u1"), kNick, QStringLiteral("Anna"), QStringLiteral("Bob")),
            change(QStringLiteral("u1"), kLevel, 1, 2),
            change(QStringLiteral("u2"), kNick, QStringLiteral("Eve"), QStringLiteral("Finn")),
            change(QStringLiteral("u2"), kGender, kNotSet, QStringLiteral("Gender_Type_Male")),
            change(QStringLiteral("u3"), kNick, QStringLiteral("Gus"), QStringLiteral("Hal")),
        });
        PreviewRow u2 = previewOf(
            QStringLiteral("u2"), {}, { { kNick, QStringLiteral("Eve"), QStringLiteral("Eve") } });
        u2.refusedTags = QStringList { kGender };
        PreviewRow u3;
        u3.account = QStringLiteral("u3");
        u3.accountMissing = true;
        const QList<PreviewRow> preview {
            previewOf(QStringLiteral("u1"),
                { { kNick, QStringLiteral("Bob"), QStringLiteral("Anna") }, { kLevel, 9, 1 } }),
            u2,
            u3,
        };
        using Action = RevertStep::Action;
        for (const bool force : { false, true }) {
            const QList<RevertStep> steps = plan.steps(preview, plan.build(preview, force));
            QCOMPARE(steps.size(), 5);
            QCOMPARE(steps.at(0).action, Action::Write);
            QCOMPARE(steps.at(0).field.tag, kNick);
            QCOMPARE(steps.at(0).now, QJsonValue(QStringLiteral("Bob")));
            QCOMPARE(steps.at(1).action, Action::Conflict);
            QCOMPARE(steps.at(1).now, QJsonValue(9));
            QCOMPARE(steps.at(1).field.weWrote, QJsonValue(2));
            QCOMPARE(steps.at(1).field.restore, QJsonValue(1));
            QCOMPARE(steps.at(1).overwritten, force);
            QCOMPARE(steps.at(2).action, Action::AlreadyBack);
            QCOMPARE(steps.at(2).now, QJsonValue(QStringLiteral("Eve")));
            QCOMPARE(steps.at(3).action, Action::FieldRefused);
            QVERIFY(steps.at(3).field.wasNotSet);
            QCOMPARE(steps.at(4).action, Action::AccountMissing);
            QCOMPARE(steps.at(4).field.account, QStringLiteral("u3"));
        }
    }

    // A cleared text field the server no longer returns still holds what we wrote (""), and a
    // number it returns as 2.0 is the 2 we wrote: neither is a conflict.
    void valuesAreComparedAsTheServerStoresThem()
    {
        const RevertPlan plan = RevertPlan::fromChanges(
            { change(QStringLiteral("u1"), kNick, QStringLiteral("Anna"), QString()),
                change(QStringLiteral("u1"), kLevel, 1, 2) });
        const RevertPlan::Built built
            = plan.build({ previewOf(QStringLiteral("u1"),
                             { { kNick, kNotSet, QStringLiteral("Anna") }, { kLevel, 2.0, 1 } }) },
                false);
        QVERIFY(built.conflicts.isEmpty());
        QCOMPARE(built.job.rows.at(0).changes.size(), 2);
    }

    // The window records its saved connection's id, the CLI none: one app all the same.
    void changesOfOneAppFromTheWindowAndTheCliAreOneTarget()
    {
        ChangeRecord fromCli = change(QStringLiteral("u1"), kLevel, 1, 2);
        fromCli.connectionId.clear();
        const RevertPlan plan = RevertPlan::fromChanges(
            { change(QStringLiteral("u1"), kNick, QStringLiteral("A"), QStringLiteral("B")), fromCli });
        QVERIFY2(plan.problem().isEmpty(), qPrintable(plan.problem()));
        QCOMPARE(plan.fields().size(), 2);
    }

    // We wrote a number the server returns as text: the same value, no conflict.
    void aNumberReadAsTextIsNoConflict()
    {
        const RevertPlan plan = RevertPlan::fromChanges({ change(QStringLiteral("u1"), kLevel, 1, 2) });
        const RevertPlan::Built built
            = plan.build({ previewOf(QStringLiteral("u1"), { { kLevel, QStringLiteral("2"), 1 } }) }, false);
        QVERIFY(built.conflicts.isEmpty());
        QCOMPARE(built.job.rows.at(0).changes.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestRevertPlan)
#include "tst_revertplan.moc"
