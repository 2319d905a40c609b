#include "faketcpserver.h"

#include <QHostAddress>
#include <QTcpSocket>

FakeTcpServer::FakeTcpServer(QObject *parent)
    : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, &FakeTcpServer::onNewConnection);
}

bool FakeTcpServer::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

QUrl FakeTcpServer::url() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_server.serverPort());
    return url;
}

QByteArray FakeTcpServer::httpResponse(int status, const QByteArray &reason, const QByteArray &body,
                                       const QList<QByteArray> &extraHeaders)
{
    QByteArray raw = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\n";
    raw += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    for (const QByteArray &header : extraHeaders)
        raw += header + "\r\n";
    raw += "\r\n" + body;
    return raw;
}

void FakeTcpServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        ++m_connections;
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_buffers.remove(socket);
            socket->deleteLater();
        });
    }
}

void FakeTcpServer::onReadyRead(QTcpSocket *socket)
{
    QByteArray &buffer = m_buffers[socket];
    buffer += socket->readAll();
    const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return;
    qsizetype contentLength = 0;
    for (const QByteArray &line : buffer.left(headerEnd).split('\n')) {
        if (line.toLower().startsWith("content-length:"))
            contentLength = line.mid(15).trimmed().toLongLong();
    }
    const qsizetype total = headerEnd + 4 + contentLength;
    if (buffer.size() < total)
        return;
    m_requests.append(buffer.left(total));
    buffer.remove(0, total);

    switch (m_mode) {
    case Mode::Stall:
        return;
    case Mode::Reset:
        socket->abort();
        return;
    case Mode::ResetOnceThenRespond:
        if (m_connections == 1) {
            socket->abort();
            return;
        }
        break;
    case Mode::Respond:
        break;
    }
    if (m_responses.isEmpty())
        return;
    socket->write(m_responses.size() > 1 ? m_responses.takeFirst() : m_responses.first());
    socket->flush();
}
