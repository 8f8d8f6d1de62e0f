#include "session/sessionlog.h"

#include <QCoreApplication>

#include <utility>

QString SessionEntry::operationName() const
{
    switch (operation) {
    case Operation::Load:
        return QCoreApplication::translate("SessionEntry", "Load");
    case Operation::Apply:
        return QCoreApplication::translate("SessionEntry", "Apply");
    case Operation::ReadBack:
        //: The automatic portrait_get after a successful write, to check what was stored.
        return QCoreApplication::translate("SessionEntry", "Read back");
    }
    return {};
}

QString SessionEntry::outcomeText() const
{
    switch (result.outcome) {
    case ApiOutcome::Success:
        return QStringLiteral("OK");
    case ApiOutcome::Partial:
        return QCoreApplication::translate("SessionEntry", "OK, but accounts failed: %n", nullptr,
            static_cast<int>(result.failAccounts.size()));
    case ApiOutcome::ApiError:
        return QStringLiteral("%1 %2").arg(result.actionStatus).arg(result.errorCode);
    case ApiOutcome::Refused:
        return QCoreApplication::translate("SessionEntry", "Not sent");
    case ApiOutcome::NetworkError:
        return QCoreApplication::translate("SessionEntry", "Network error");
    case ApiOutcome::Timeout:
        return QCoreApplication::translate("SessionEntry", "Timed out");
    case ApiOutcome::TlsError:
        return QCoreApplication::translate("SessionEntry", "TLS error");
    case ApiOutcome::ProtocolError:
        return QCoreApplication::translate("SessionEntry", "Unexpected answer");
    case ApiOutcome::Cancelled:
        return QCoreApplication::translate("SessionEntry", "Cancelled");
    case ApiOutcome::Unknown:
        //: A write was sent but no answer came: it may or may not have been stored.
        return QCoreApplication::translate("SessionEntry", "Outcome unknown");
    }
    return {};
}

SessionLog::SessionLog(QObject *parent)
    : QAbstractListModel(parent)
{ }

int SessionLog::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

QVariant SessionLog::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const SessionEntry &e = m_entries.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole) {
        return tr("%1  %2  %3  %4  (%5 ms)")
            .arg(e.startedAt.toLocalTime().toString(QStringLiteral("HH:mm:ss")), e.operationName(), e.account,
                e.outcomeText())
            .arg(e.result.latencyMs);
    }
    if (role == Qt::ToolTipRole) {
        return e.explanation.title.isEmpty() ? e.outcomeText() : e.explanation.title;
    }
    return {};
}

int SessionLog::append(SessionEntry entry)
{
    const int row = static_cast<int>(m_entries.size());
    beginInsertRows({}, row, row);
    m_sentUrls.append(std::exchange(entry.result.sentUrl, {}));
    m_entries.append(std::move(entry));
    endInsertRows();
    return row;
}
