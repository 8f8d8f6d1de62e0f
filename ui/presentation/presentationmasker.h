#pragma once

#include "credentials/credentials.h"
#include "errors/errorcatalogue.h"

#include <QObject>
#include <QRegularExpression>
#include <QSet>
#include <QString>

#include <optional>

class QMessageBox;

// The one place that knows what presentation mode hides and hides it: the SDKAppIDs and the
// identifiers (the admin, the UserSig's signer) of the connection in the fields, and of every
// request sent in this session, whose log entries and explanations stay on screen after a switch.
// Every text that may carry them goes through mask() before it is shown; panes re-render on
// changed(). (The key and UserSigs never reach screen text at all.)
class PresentationMasker final : public QObject
{
    Q_OBJECT

public:
    explicit PresentationMasker(QObject *parent = nullptr);

    void setActive(bool active);
    bool isActive() const { return m_active; }

    // The connection the fields describe now; replaces the previous one.
    void setCredentials(std::optional<Credentials> credentials);
    // As whom and for which app a request went; remembered for the rest of the session.
    void noteRequest(const DiagnosisContext &diagnosis);

    // While active, text with every sensitive value replaced by Redaction::Mask; else text as is.
    QString mask(const QString &text) const;
    // The box's title, text, informative and detailed text through mask(); call it once they are set.
    void maskTexts(QMessageBox *box) const;

Q_SIGNALS:
    // Active or not, or the values to hide, changed: everything shown must be masked again.
    void changed();

private:
    struct Values
    {
        QSet<quint64> sdkAppIds;
        QSet<QString> identifiers;

        void unite(const Values &other);
        bool contains(const Values &other) const;
        bool operator==(const Values &other) const;
    };
    void rebuild();

    bool m_active = false;
    Values m_current;
    Values m_sent;
    QRegularExpression m_pattern; // matches any sensitive value; invalid when there is none
};
