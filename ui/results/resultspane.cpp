#include "results/resultspane.h"

#include "api/redaction.h"
#include "api/restrequest.h"
#include "errors/errorcatalogue.h"
#include "presentation/maskedtextmodel.h"
#include "presentation/plaintext.h"
#include "presentation/presentationmasker.h"
#include "results/clipboardguard.h"
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

QString prettyJson(const QByteArray &raw)
{
    const QJsonDocument doc = QJsonDocument::fromJson(raw);
    return doc.isNull() ? QString::fromUtf8(raw) : QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
}

} // namespace

ResultsPane::ResultsPane(
    SessionLog *log, const ChangeHistory *history, const PresentationMasker *masker, QWidget *parent)
    : QWidget(parent)
    , m_log(log)
    , m_masker(masker)
    , m_clipboardGuard(new ClipboardGuard(this))
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
    , m_historyView(new HistoryView(history, masker, this))
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
    m_logView->setModel(new MaskedTextModel(m_log, m_masker, m_logView));
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
    m_copyWithUserSigAction = curlMenu->addAction(tr("Copy as cURL with the full UserSig…"));
    m_copyWithUserSigAction->setObjectName(QStringLiteral("copyCurlWithUserSigAction"));
    m_copyCurlButton->setMenu(curlMenu);
    m_clipboardGuard->setObjectName(QStringLiteral("clipboardGuard"));
    connect(m_copyCurlButton, &QToolButton::clicked, this,
        [this] { QApplication::clipboard()->setText(curlCommand(false)); });
    connect(m_copyWithUserSigAction, &QAction::triggered, this, &ResultsPane::confirmCopyWithUserSig);

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
    connect(m_masker, &PresentationMasker::changed, this, &ResultsPane::showAgain);
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
    const auto show = [this](QLabel *label, const QString &text) { label->setText(m_masker->mask(text)); };
    show(m_headline, headline);

    show(m_actionStatus, answered ? r.actionStatus : tr("(no answer)"));
    show(m_errorCode, answered ? QString::number(r.errorCode) : QString());
    show(m_errorInfo, r.errorInfo);
    show(m_errorDisplay, r.errorDisplay);
    if (!entry.explanation.title.isEmpty()) {
        show(m_explanation, entry.explanation.explanation);
        show(m_nextStep, entry.explanation.nextStep);
    } else if (r.outcome == ApiOutcome::Success || r.outcome == ApiOutcome::Partial) {
        show(m_explanation,
            r.outcome == ApiOutcome::Success ? tr("The server accepted the request.")
                                             : tr("Some accounts could not be read."));
        m_nextStep->clear();
    } else if (r.outcome == ApiOutcome::Unknown) {
        show(m_explanation, r.problem); // says the change may have reached the server
        show(m_nextStep, tr("Read the account back to see what the server holds before you apply again."));
    } else {
        show(m_explanation, r.problem);
        show(m_nextStep,
            r.outcome == ApiOutcome::Cancelled ? QString()
                                               : tr("Check the network and the region, then try again."));
    }
    QStringList attempts;
    for (const ApiAttempt &attempt : r.attempts) {
        attempts.append(QString::number(attempt.random));
    }
    show(m_details,
        tr("random %1 · %2 ms · attempts: %n (random %3) · HTTP %4 · %5", nullptr,
            static_cast<int>(r.attempts.size()))
            .arg(r.random)
            .arg(r.latencyMs)
            .arg(attempts.join(QStringLiteral(", ")))
            .arg(r.httpStatus)
            .arg(QLocale().toString(entry.startedAt.toLocalTime(), QLocale::ShortFormat)));

    m_requestView->setPlainText(m_masker->mask(
        QStringLiteral("POST %1\n\n%2").arg(r.redactedUrl, prettyJson(r.redactedBody.toUtf8()))));
    m_responseView->setPlainText(
        m_masker->mask(r.rawResponse.isEmpty() ? r.problem : prettyJson(r.rawResponse)));
    m_copyCurlButton->setEnabled(!r.redactedUrl.isEmpty());
    m_copyWithUserSigAction->setEnabled(!m_log->sentUrl(row).isEmpty());
    m_findRegionButton->setVisible(
        r.outcome == ApiOutcome::ApiError && ErrorCatalogue::meansWrongRegion(r.errorCode));
    updateOffers();
    m_logView->setCurrentIndex(m_logView->model()->index(row, 0));
}

void ResultsPane::showRefusal(const QString &headline, const QString &reason)
{
    m_row = -1;
    m_refusalHeadline = headline;
    m_refusalReason = reason;
    clearFields();
    m_headline->setText(m_masker->mask(headline));
    m_explanation->setText(m_masker->mask(reason));
    m_tabs->setCurrentIndex(0);
}

// Presentation mode went on or off, or what it hides changed: the same result, masked anew.
void ResultsPane::showAgain()
{
    if (m_row >= 0) {
        showEntry(m_row);
    } else if (!m_refusalHeadline.isEmpty()) {
        m_headline->setText(m_masker->mask(m_refusalHeadline));
        m_explanation->setText(m_masker->mask(m_refusalReason));
    }
}

QString ResultsPane::curlCommand(bool includeUserSig) const
{
    return curlCommandFor(m_row, includeUserSig);
}

QString ResultsPane::curlCommandFor(int row, bool includeUserSig) const
{
    if (row < 0 || row >= m_log->rowCount()) {
        return {};
    }
    const ApiResult &r = m_log->entry(row).result;
    RestRequest request;
    // With the UserSig: the URL that request went out with, as it went out (another connection's
    // request carries its own sig, and re-encoding would turn a '+' into a space at the server).
    request.url
        = includeUserSig ? QUrl::fromEncoded(m_log->sentUrl(row), QUrl::StrictMode) : QUrl(r.redactedUrl);
    request.body = r.redactedBody.toUtf8();
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
    m_copyWithUserSigAction->setEnabled(false);
    m_findRegionButton->hide();
    m_readBackButton->hide();
}

void ResultsPane::confirmCopyWithUserSig()
{
    const int row = m_row;
    if (row < 0 || m_log->sentUrl(row).isEmpty()) {
        return;
    }
    const auto seconds = std::chrono::duration_cast<std::chrono::seconds>(m_clipboardGuard->clearInterval());
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Include the UserSig?"),
        tr("The command will contain a working admin UserSig. Anyone who sees it can "
           "act as the admin of this app until it expires. Copy it anyway?"),
        QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("confirmCurlWithUserSig"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setInformativeText(tr("The clipboard is cleared after %n seconds if it still holds the command.",
        nullptr, static_cast<int>(seconds.count())));
    PlainText::applyTo(box);
    QPushButton *copy = box->addButton(tr("Copy with UserSig"), QMessageBox::AcceptRole);
    box->setDefaultButton(QMessageBox::Cancel);
    // The entry asked about, even if a request finishing meanwhile showed another.
    connect(copy, &QPushButton::clicked, this,
        [this, row] { m_clipboardGuard->copySecret(curlCommandFor(row, true)); });
    box->open();
}
