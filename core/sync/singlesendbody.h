#pragma once

#include <QByteArray>
#include <QIODevice>

// The body of a request that changes something on the server, which the network layer may read
// once only. Qt's HTTP/1 layer sends a request again, unasked, when its connection closes before
// any byte of the answer came (it takes the connection for a stale keep-alive one), POST included;
// to do so it must rewind the body first (QHttpNetworkConnectionChannel::resetUploadData). This
// body refuses the rewind, so the reply fails with QNetworkReply::ContentReSendError instead: the
// server may already have carried the request out, and only the caller can find out whether.
class SingleSendBody : public QIODevice
{
public:
    explicit SingleSendBody(const QByteArray &data, QObject *parent = nullptr);

    qint64 size() const override;
    bool reset() override;

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 maxSize) override;

private:
    QByteArray m_data;
};
