#pragma once

// A loopback TCP relay in front of a real server, for what the real server cannot be made
// to do on demand: become unreachable (connection refused, open connections dropped) and
// come back on the same address. Everything else is the real server's answer, byte for byte.

#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTcpServer>
#include <QUrl>

class QTcpSocket;

class TcpRelay : public QObject
{
    Q_OBJECT
public:
    explicit TcpRelay(const QUrl &target, QObject *parent = nullptr);
    ~TcpRelay() override;

    bool listen();
    // The target URL with the relay's host and port.
    QUrl url() const;
    // Refusing: stops listening (new connections are refused) and drops open ones.
    // Accepting again listens on the same port.
    bool setRefusing(bool refusing);
    int connectionCount() const { return m_connections; }

private:
    void onNewConnection();
    void dropAll();

    QUrl m_target;
    quint16 m_port = 0;
    int m_connections = 0;
    QList<QPointer<QTcpSocket>> m_sockets;
    QTcpServer m_server;
};
