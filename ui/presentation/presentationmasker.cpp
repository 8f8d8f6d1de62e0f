#include "presentation/presentationmasker.h"

#include "api/redaction.h"
#include "usersig/usersig.h"

#include <QDateTime>
#include <QMessageBox>
#include <QUrl>

#include <algorithm>

void PresentationMasker::Values::unite(const Values &other)
{
    sdkAppIds.unite(other.sdkAppIds);
    identifiers.unite(other.identifiers);
}

bool PresentationMasker::Values::contains(const Values &other) const
{
    return sdkAppIds.contains(other.sdkAppIds) && identifiers.contains(other.identifiers);
}

bool PresentationMasker::Values::operator==(const Values &other) const
{
    return sdkAppIds == other.sdkAppIds && identifiers == other.identifiers;
}

PresentationMasker::PresentationMasker(QObject *parent)
    : QObject(parent)
{ }

void PresentationMasker::setActive(bool active)
{
    if (active != m_active) {
        m_active = active;
        Q_EMIT changed();
    }
}

void PresentationMasker::setCredentials(std::optional<Credentials> credentials)
{
    Values values;
    if (credentials) {
        values.sdkAppIds.insert(credentials->sdkAppId());
        values.identifiers.insert(credentials->identifier());
        if (!credentials->usesSecretKey()) {
            // A pasted sig names its own signer and app, which the warnings and the status quote.
            const UserSig::Decoded decoded
                = UserSig::decode(credentials->userSigForRequest(QDateTime::currentSecsSinceEpoch()));
            if (decoded.content) {
                values.sdkAppIds.insert(decoded.content->sdkAppId);
                values.identifiers.insert(decoded.content->identifier);
            }
        }
    }
    if (values == m_current) {
        return;
    }
    m_current = values;
    rebuild();
}

void PresentationMasker::noteRequest(const DiagnosisContext &diagnosis)
{
    Values values;
    for (const quint64 id : { diagnosis.requestSdkAppId, diagnosis.signedSdkAppId }) {
        values.sdkAppIds.insert(id);
    }
    for (const QString &identifier : { diagnosis.requestIdentifier, diagnosis.signedIdentifier }) {
        values.identifiers.insert(identifier);
    }
    if (m_sent.contains(values)) {
        return;
    }
    m_sent.unite(values);
    rebuild();
}

void PresentationMasker::rebuild()
{
    Values all = m_current;
    all.unite(m_sent);
    QStringList numbers;
    for (const quint64 id : std::as_const(all.sdkAppIds)) {
        if (id != 0) {
            numbers.append(QString::number(id));
        }
    }
    QStringList words;
    for (const QString &identifier : std::as_const(all.identifiers)) {
        if (identifier.isEmpty()) {
            continue;
        }
        words.append(QRegularExpression::escape(identifier));
        // As the request URL carries it.
        const QString encoded = QString::fromLatin1(QUrl::toPercentEncoding(identifier));
        if (encoded != identifier) {
            words.append(QRegularExpression::escape(encoded));
        }
    }
    // Longest first, so an identifier that contains another is masked whole.
    const auto longestFirst = [](const QString &a, const QString &b) { return a.size() > b.size(); };
    std::sort(numbers.begin(), numbers.end(), longestFirst);
    std::sort(words.begin(), words.end(), longestFirst);
    QStringList alternatives;
    if (!numbers.isEmpty()) {
        // An SDKAppID inside a longer number (a random, a latency) is not that SDKAppID.
        alternatives.append(QStringLiteral("(?<![0-9])(?:%1)(?![0-9])").arg(numbers.join(QLatin1Char('|'))));
    }
    // An identifier is masked where it stands whole, not inside a longer word: an admin called
    // "a" or "admin" must not garble "administrator". Text that goes on with a letter, digit or "_"
    // right before or after it names something else.
    if (!words.isEmpty()) {
        alternatives.append(QStringLiteral("(?<![\\p{L}\\p{N}_])(?:%1)(?![\\p{L}\\p{N}_])")
                                .arg(words.join(QLatin1Char('|'))));
    }
    m_pattern = alternatives.isEmpty() ? QRegularExpression()
                                       : QRegularExpression(alternatives.join(QLatin1Char('|')));
    if (m_active) {
        Q_EMIT changed();
    }
}

QString PresentationMasker::mask(const QString &text) const
{
    if (!m_active || m_pattern.pattern().isEmpty() || text.isEmpty()) {
        return text;
    }
    QString masked = text;
    masked.replace(m_pattern, Redaction::Mask);
    return masked;
}

void PresentationMasker::maskTexts(QMessageBox *box) const
{
    box->setWindowTitle(mask(box->windowTitle()));
    box->setText(mask(box->text()));
    // Set only when there is one: an empty text would still make the label or the details button.
    if (!box->informativeText().isEmpty()) {
        box->setInformativeText(mask(box->informativeText()));
    }
    if (!box->detailedText().isEmpty()) {
        box->setDetailedText(mask(box->detailedText()));
    }
}
