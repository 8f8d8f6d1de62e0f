#pragma once

#include <QByteArray>
#include <QIODevice>

// The body of one attempt, which the network stack can read from the start only once.
//
// QNetworkAccessManager re-sends a request on its own when the connection closes before an
// answer: QHttpNetworkConnectionChannel::_q_error() (RemoteHostClosedError while writing or
// waiting for the answer) and handleUnexpectedEOF() (while reading it) call
// resendCurrentRequest() / closeAndResendCurrentRequest(), up to reconnectAttemptsDefault (3)
// times per channel. Qt 6.4 does this for a POST as for a GET (a server that reads a
// portrait_set and closes saw it twice); later releases skip it for non-idempotent methods in
// handleUnexpectedEOF() only. No request attribute turns it off. Every re-send, though, first
// rewinds the upload data: QHttpNetworkConnectionPrivate::_q_startNextRequest() calls
// QHttpNetworkConnectionChannel::resetUploadData(), which calls reset() on the body device, and
// when that fails it ends the reply with QNetworkReply::ContentReSendError instead of sending
// again (qtbase src/network/access/qhttpnetworkconnection.cpp and
// qhttpnetworkconnectionchannel.cpp, 6.4 branch). This device refuses that rewind once any byte
// of it has been read, so an attempt reaches the wire once and ApiCall alone decides whether
// there is another. A rewind before the first byte is allowed: none of the body has left, so no
// server can have acted on it.
//
// It must stay random-access and must not be a QBuffer: QNetworkAccessManager copies a
// sequential device into a buffer of its own (which rewinds), and reads a QBuffer's bytes
// directly instead of through the device.
class SendOnceBody final : public QIODevice
{
    Q_OBJECT

public:
    explicit SendOnceBody(QByteArray body, QObject *parent = nullptr);

    bool isSequential() const override { return false; }
    qint64 size() const override { return m_body.size(); }
    bool seek(qint64 position) override;
    bool reset() override;

    // Whether the network stack has taken any of the body, so the request may have reached
    // the server.
    bool handedOver() const { return m_handedOver; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 maxSize) override;

private:
    const QByteArray m_body;
    bool m_handedOver = false;
};
