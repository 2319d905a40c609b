#include "tcprelay.h"

#include <QTcpSocket>

TcpRelay::TcpRelay(const QUrl &target, QObject *parent)
    : QObject(parent)
    , m_target(target)
{
    connect(&m_server, &QTcpServer::newConnection, this, &TcpRelay::onNewConnection);
}

TcpRelay::~TcpRelay()
{
    dropAll();
}

bool TcpRelay::listen()
{
    if (!m_server.listen(QHostAddress::LocalHost, m_port))
        return false;
    m_port = m_server.serverPort();
    return true;
}

QUrl TcpRelay::url() const
{
    QUrl url = m_target;
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_port);
    return url;
}

bool TcpRelay::setRefusing(bool refusing)
{
    if (refusing) {
        m_server.close();
        dropAll();
        return true;
    }
    return m_server.isListening() || listen();
}

void TcpRelay::dropAll()
{
    const QList<QPointer<QTcpSocket>> sockets = std::exchange(m_sockets, {});
    for (const QPointer<QTcpSocket> &socket : sockets) {
        if (socket)
            socket->abort();
    }
}

void TcpRelay::onNewConnection()
{
    while (QTcpSocket *client = m_server.nextPendingConnection()) {
        ++m_connections;
        auto *upstream = new QTcpSocket(client);
        m_sockets << client << upstream;
        // Bytes the client sends before the upstream connection is up wait in its buffer.
        connect(client, &QTcpSocket::readyRead, upstream, [client, upstream] {
            if (upstream->state() == QAbstractSocket::ConnectedState)
                upstream->write(client->readAll());
        });
        connect(upstream, &QTcpSocket::connected, client, [client, upstream] { upstream->write(client->readAll()); });
        connect(upstream, &QTcpSocket::readyRead, client, [client, upstream] { client->write(upstream->readAll()); });
        // The server closing after its answer is normal (gunicorn's sync workers do): pass on
        // what is still buffered, then close gracefully. Only real errors abort.
        connect(upstream, &QTcpSocket::disconnected, client, [client, upstream] {
            client->write(upstream->readAll());
            client->disconnectFromHost();
        });
        connect(upstream, &QTcpSocket::errorOccurred, client, [client](QAbstractSocket::SocketError error) {
            if (error != QAbstractSocket::RemoteHostClosedError)
                client->abort();
        });
        connect(client, &QTcpSocket::disconnected, client, [upstream, client] {
            upstream->abort();
            client->deleteLater();
        });
        upstream->connectToHost(m_target.host(), static_cast<quint16>(m_target.port()));
    }
}
