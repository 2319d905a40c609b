#pragma once

// A real TCP server on loopback for what a real Placement cannot be made to do:
// stall forever, reset the connection, send garbage or a redirect.

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QTcpServer>
#include <QUrl>

class QTcpSocket;

class FakeTcpServer : public QObject
{
    Q_OBJECT
public:
    enum class Mode
    {
        Respond, // answer every request with the canned response
        Stall, // read the request, never answer
        Reset, // read the request, then close the connection without an answer
        ResetOnceThenRespond, // reset the first connection, answer later ones
    };

    explicit FakeTcpServer(QObject *parent = nullptr);

    bool listen();
    QUrl url() const;
    void setMode(Mode mode) { m_mode = mode; }
    // A full HTTP response: status line, headers and body.
    void setResponse(const QByteArray &raw) { m_responses = { raw }; }
    // Answers requests with these in turn; the last one repeats.
    void setResponses(const QList<QByteArray> &raws) { m_responses = raws; }
    static QByteArray httpResponse(int status, const QByteArray &reason, const QByteArray &body,
                                   const QList<QByteArray> &extraHeaders = {});

    int connectionCount() const { return m_connections; }
    QList<QByteArray> requests() const { return m_requests; }

private:
    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);

    Mode m_mode = Mode::Respond;
    QList<QByteArray> m_responses;
    int m_connections = 0;
    QList<QByteArray> m_requests;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    // Last, so it is destroyed first: its sockets' disconnected() handlers use the members above.
    QTcpServer m_server;
};
