#include "results/resultspane.h"

#include "api/redaction.h"
#include "api/restrequest.h"
#include "errors/errorcatalogue.h"
#include "results/historyview.h"

#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QFormLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStyle>
#include <QTabWidget>
#include <QToolButton>
#include <QUrlQuery>
#include <QVBoxLayout>

namespace {

QLabel *valueLabel(const QString &objectName, const QString &accessibleName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setAccessibleName(accessibleName);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setTextFormat(Qt::PlainText); // verbatim: the server's text is never interpreted
    label->setWordWrap(true);
    return label;
}

QPlainTextEdit *codeView(const QString &objectName, const QString &accessibleName, QWidget *parent)
{
    auto *view = new QPlainTextEdit(parent);
    view->setObjectName(objectName);
    view->setAccessibleName(accessibleName);
    view->setReadOnly(true);
    view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    view->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    return view;
}

// Replaces one query value in place, keeping the parameters in the order the API documents.
QUrl withQueryValue(const QUrl &url, const QString &key, const QString &value)
{
    QUrlQuery query(url);
    QList<std::pair<QString, QString>> items = query.queryItems(QUrl::FullyDecoded);
    for (auto &item : items) {
        if (item.first == key) {
            item.second = value;
        }
    }
    query.setQueryItems(items);
    QUrl result = url;
    result.setQuery(query);
    return result;
}

QString prettyJson(const QByteArray &raw)
{
    const QJsonDocument doc = QJsonDocument::fromJson(raw);
    return doc.isNull() ? QString::fromUtf8(raw) : QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
}

} // namespace

ResultsPane::ResultsPane(SessionLog *log, const ChangeHistory *history, QWidget *parent)
    : QWidget(parent)
    , m_log(log)
    , m_headline(new QLabel(this))
    , m_actionStatus(valueLabel(QStringLiteral("actionStatusValue"), QStringLiteral("ActionStatus"), this))
    , m_errorCode(valueLabel(QStringLiteral("errorCodeValue"), QStringLiteral("ErrorCode"), this))
    , m_errorInfo(valueLabel(QStringLiteral("errorInfoValue"), QStringLiteral("ErrorInfo"), this))
    , m_errorDisplay(valueLabel(QStringLiteral("errorDisplayValue"), QStringLiteral("ErrorDisplay"), this))
    , m_explanation(valueLabel(QStringLiteral("explanationValue"), tr("Explanation"), this))
    , m_nextStep(valueLabel(QStringLiteral("nextStepValue"), tr("Next step"), this))
    , m_details(valueLabel(QStringLiteral("detailsValue"), tr("Request details"), this))
    , m_tabs(new QTabWidget(this))
    , m_requestView(codeView(QStringLiteral("requestView"), tr("Request"), this))
    , m_responseView(codeView(QStringLiteral("responseView"), tr("Raw response"), this))
    , m_logView(new QListView(this))
    , m_historyView(new HistoryView(history, this))
    , m_copyCurlButton(new QToolButton(this))
    , m_findRegionButton(new QPushButton(tr("Find the app's region"), this))
    , m_readBackButton(new QPushButton(tr("Read the account back"), this))
{
    m_headline->setObjectName(QStringLiteral("resultHeadline"));
    m_headline->setTextFormat(Qt::PlainText);
    m_headline->setWordWrap(true);
    QFont headlineFont = m_headline->font();
    headlineFont.setBold(true);
    headlineFont.setPointSizeF(headlineFont.pointSizeF() * 1.15);
    m_headline->setFont(headlineFont);

    m_logView->setObjectName(QStringLiteral("sessionLogView"));
    m_logView->setAccessibleName(tr("Session log"));
    m_logView->setModel(m_log);
    m_logView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_logView->setSelectionMode(QAbstractItemView::SingleSelection);
    connect(m_logView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex &current) {
            if (current.isValid() && current.row() != m_row) {
                showEntry(current.row());
            }
        });

    m_copyCurlButton->setObjectName(QStringLiteral("copyCurlButton"));
    m_copyCurlButton->setText(tr("Copy as cURL"));
    m_copyCurlButton->setToolTip(tr("Copy the request as a curl command, with the UserSig hidden"));
    m_copyCurlButton->setPopupMode(QToolButton::MenuButtonPopup);
    m_copyCurlButton->setEnabled(false);
    auto *curlMenu = new QMenu(m_copyCurlButton);
    QAction *withSig = curlMenu->addAction(tr("Copy as cURL with the full UserSig…"));
    withSig->setObjectName(QStringLiteral("copyCurlWithUserSigAction"));
    m_copyCurlButton->setMenu(curlMenu);
    connect(m_copyCurlButton, &QToolButton::clicked, this, [this] { copyCurl(false); });
    connect(withSig, &QAction::triggered, this, [this] {
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Include the UserSig?"),
            tr("The command will contain a working admin UserSig. Anyone who sees it can "
               "act as the admin of this app until it expires. Copy it anyway?"),
            QMessageBox::Cancel, this);
        box->setObjectName(QStringLiteral("confirmCurlWithUserSig"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        QPushButton *copy = box->addButton(tr("Copy with UserSig"), QMessageBox::AcceptRole);
        box->setDefaultButton(QMessageBox::Cancel);
        connect(copy, &QPushButton::clicked, this, [this] { copyCurl(true); });
        box->open();
    });

    m_findRegionButton->setObjectName(QStringLiteral("findRegionButton"));
    m_findRegionButton->setToolTip(
        tr("Ask every other data centre, read-only, whether it knows this SDKAppID"));
    m_findRegionButton->hide();
    connect(m_findRegionButton, &QPushButton::clicked, this, &ResultsPane::findRegionRequested);

    m_readBackButton->setObjectName(QStringLiteral("readBackButton"));
    m_readBackButton->setToolTip(
        tr("Read the fields this write sent back from where it went, to see whether it was stored"));
    m_readBackButton->hide();
    connect(m_readBackButton, &QPushButton::clicked, this, [this] {
        if (m_row >= 0) {
            Q_EMIT readBackRequested(m_row);
        }
    });

    auto *summary = new QWidget(this);
    auto *form = new QFormLayout(summary);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(QStringLiteral("ActionStatus:"), m_actionStatus);
    form->addRow(QStringLiteral("ErrorCode:"), m_errorCode);
    form->addRow(QStringLiteral("ErrorInfo:"), m_errorInfo);
    form->addRow(QStringLiteral("ErrorDisplay:"), m_errorDisplay);
    form->addRow(tr("What it means:"), m_explanation);
    form->addRow(tr("What to do:"), m_nextStep);
    form->addRow(tr("Details:"), m_details);
    form->addRow(QString(), m_findRegionButton);
    form->addRow(QString(), m_readBackButton);

    m_tabs->setObjectName(QStringLiteral("resultTabs"));
    m_tabs->addTab(summary, tr("Summary"));
    m_tabs->addTab(m_requestView, tr("Request"));
    m_tabs->addTab(m_responseView, tr("Response"));
    m_tabs->addTab(m_logView, tr("Session log"));
    m_tabs->addTab(m_historyView, tr("Change history"));
    m_tabs->setCornerWidget(m_copyCurlButton, Qt::TopRightCorner);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_headline);
    layout->addWidget(m_tabs, 1);

    m_headline->setText(tr("No request yet. Load an account to begin."));
}

void ResultsPane::setUserSigProvider(std::function<QString()> provider)
{
    m_userSigProvider = std::move(provider);
}

void ResultsPane::setReadBackCheck(std::function<bool(int)> check)
{
    m_readBackCheck = std::move(check);
}

void ResultsPane::updateOffers()
{
    const bool unknown = m_row >= 0 && m_log->entry(m_row).result.outcome == ApiOutcome::Unknown;
    m_readBackButton->setVisible(unknown && (!m_readBackCheck || m_readBackCheck(m_row)));
}

void ResultsPane::showEntry(int row)
{
    if (row < 0 || row >= m_log->rowCount()) {
        return;
    }
    m_row = row;
    const SessionEntry &entry = m_log->entry(row);
    const ApiResult &r = entry.result;
    const bool answered = !r.actionStatus.isEmpty();

    QString headline
        = QStringLiteral("%1 · %2 · %3").arg(entry.operationName(), entry.account, entry.outcomeText());
    if (!entry.explanation.title.isEmpty()) {
        headline += QStringLiteral(": ") + entry.explanation.title;
    } else if (r.outcome == ApiOutcome::Success) {
        headline += QStringLiteral(" ✓");
    }
    m_headline->setText(headline);

    m_actionStatus->setText(answered ? r.actionStatus : tr("(no answer)"));
    m_errorCode->setText(answered ? QString::number(r.errorCode) : QString());
    m_errorInfo->setText(r.errorInfo);
    m_errorDisplay->setText(r.errorDisplay);
    if (!entry.explanation.title.isEmpty()) {
        m_explanation->setText(entry.explanation.explanation);
        m_nextStep->setText(entry.explanation.nextStep);
    } else if (r.outcome == ApiOutcome::Success || r.outcome == ApiOutcome::Partial) {
        m_explanation->setText(r.outcome == ApiOutcome::Success ? tr("The server accepted the request.")
                                                                : tr("Some accounts could not be read."));
        m_nextStep->clear();
    } else if (r.outcome == ApiOutcome::Unknown) {
        m_explanation->setText(r.problem); // says the change may have reached the server
        m_nextStep->setText(tr("Read the account back to see what the server holds before you apply again."));
    } else {
        m_explanation->setText(r.problem);
        m_nextStep->setText(r.outcome == ApiOutcome::Cancelled
                ? QString()
                : tr("Check the network and the region, then try again."));
    }
    QStringList attempts;
    for (const ApiAttempt &attempt : r.attempts) {
        attempts.append(QString::number(attempt.random));
    }
    m_details->setText(tr("random %1 · %2 ms · attempts: %n (random %3) · HTTP %4 · %5", nullptr,
        static_cast<int>(r.attempts.size()))
                           .arg(r.random)
                           .arg(r.latencyMs)
                           .arg(attempts.join(QStringLiteral(", ")))
                           .arg(r.httpStatus)
                           .arg(QLocale().toString(entry.startedAt.toLocalTime(), QLocale::ShortFormat)));

    m_requestView->setPlainText(
        QStringLiteral("POST %1\n\n%2").arg(displayedUrl(), prettyJson(r.redactedBody.toUtf8())));
    m_responseView->setPlainText(r.rawResponse.isEmpty() ? r.problem : prettyJson(r.rawResponse));
    m_copyCurlButton->setEnabled(!r.redactedUrl.isEmpty());
    m_findRegionButton->setVisible(
        r.outcome == ApiOutcome::ApiError && ErrorCatalogue::meansWrongRegion(r.errorCode));
    updateOffers();
    m_logView->setCurrentIndex(m_log->index(row));
}

void ResultsPane::showRefusal(const QString &headline, const QString &reason)
{
    m_row = -1;
    clearFields();
    m_headline->setText(headline);
    m_explanation->setText(reason);
    m_tabs->setCurrentIndex(0);
}

void ResultsPane::setPresentationMode(bool on)
{
    m_presentationMode = on;
    if (m_row >= 0) {
        showEntry(m_row);
    }
}

QString ResultsPane::curlCommand(bool includeUserSig) const
{
    if (m_row < 0) {
        return {};
    }
    const ApiResult &r = m_log->entry(m_row).result;
    RestRequest request;
    request.url = QUrl(r.redactedUrl);
    request.body = r.redactedBody.toUtf8();
    if (includeUserSig && m_userSigProvider) {
        request.url = withQueryValue(request.url, QStringLiteral("usersig"), m_userSigProvider());
    }
    return Redaction::curlCommand(
        request, includeUserSig ? Redaction::UserSig::Shown : Redaction::UserSig::Masked);
}

void ResultsPane::clearFields()
{
    for (QLabel *label :
        { m_actionStatus, m_errorCode, m_errorInfo, m_errorDisplay, m_explanation, m_nextStep, m_details }) {
        label->clear();
    }
    m_requestView->clear();
    m_responseView->clear();
    m_copyCurlButton->setEnabled(false);
    m_findRegionButton->hide();
    m_readBackButton->hide();
}

void ResultsPane::copyCurl(bool includeUserSig)
{
    QApplication::clipboard()->setText(curlCommand(includeUserSig));
}

QString ResultsPane::displayedUrl() const
{
    const QString url = m_log->entry(m_row).result.redactedUrl;
    if (!m_presentationMode) {
        return url;
    }
    QUrl masked(url);
    for (const QString &key : { QStringLiteral("sdkappid"), QStringLiteral("identifier") }) {
        masked = withQueryValue(masked, key, Redaction::Mask);
    }
    return masked.toString();
}
