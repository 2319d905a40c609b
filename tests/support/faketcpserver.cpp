#include "faketcpserver.h"

#include <QHostAddress>
#include <QTcpSocket>

#include <optional>

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

QByteArray FakeTcpServer::placementVersionDocument()
{
    return httpResponse(
        200, "OK",
        R"({"versions":[{"id":"v1.0","max_version":"1.39","min_version":"1.0","status":"CURRENT","links":[]}]})",
        { "Content-Type: application/json" });
}

void FakeTcpServer::setRoute(const QByteArray &path, Mode mode, const QByteArray &raw)
{
    m_routes.insert(path, Route { mode, raw, 0 });
}

QByteArray FakeTcpServer::pathOf(const QByteArray &request)
{
    // "GET /resource_providers?x=1 HTTP/1.1"
    const QByteArray target = request.left(request.indexOf("\r\n")).split(' ').value(1);
    const qsizetype query = target.indexOf('?');
    return query < 0 ? target : target.left(query);
}

void FakeTcpServer::onReadyRead(QTcpSocket *socket)
{
    QByteArray &buffer = m_buffers[socket];
    buffer += socket->readAll();
    // A keep-alive connection may carry several requests; answer each one in turn.
    for (;;) {
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
        const QByteArray request = buffer.left(total);
        buffer.remove(0, total);
        m_requests.append(request);
        // After a reset the socket's buffer entry is gone: `buffer` must not be touched again.
        if (!answer(socket, request))
            return;
    }
}

bool FakeTcpServer::answer(QTcpSocket *socket, const QByteArray &request)
{
    Mode mode = m_mode;
    std::optional<QByteArray> routed;
    const auto route = m_routes.find(pathOf(request));
    if (route != m_routes.end()) {
        mode = route->mode;
        routed = route->raw;
        ++route->hits;
    }
    switch (mode) {
    case Mode::Stall:
        return false;
    case Mode::Reset:
        socket->abort();
        return false;
    case Mode::ResetOnceThenRespond:
        if (routed ? route->hits == 1 : m_connections == 1) {
            socket->abort();
            return false;
        }
        break;
    case Mode::Respond:
        break;
    }
    if (routed) {
        socket->write(*routed);
    } else {
        if (m_responses.isEmpty())
            return true;
        socket->write(m_responses.size() > 1 ? m_responses.takeFirst() : m_responses.first());
    }
    socket->flush();
    return true;
}
