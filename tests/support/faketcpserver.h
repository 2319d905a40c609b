#pragma once

// A real TCP server on loopback for what a real Placement cannot be made to do:
// stall forever, reset the connection, send garbage or a redirect. Routes let one path
// behave (GET / with a valid version document) while another misbehaves.

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
    // A 200 JSON response: Placement's version document at GET / (microversions 1.0 to 1.39).
    static QByteArray placementVersionDocument();

    // Requests for exactly this path (the query is ignored) get this behaviour instead of the
    // server-wide mode and responses. For ResetOnceThenRespond the route's first request is reset.
    void setRoute(const QByteArray &path, Mode mode, const QByteArray &raw = {});
    // GET / answers with placementVersionDocument(), so a client connects before it meets the fault.
    void servePlacementRoot() { setRoute("/", Mode::Respond, placementVersionDocument()); }

    int connectionCount() const { return m_connections; }
    QList<QByteArray> requests() const { return m_requests; }

private:
    struct Route
    {
        Mode mode = Mode::Respond;
        QByteArray raw;
        int hits = 0;
    };

    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);
    // Answers one request; false when the connection must not be read further (stall, reset).
    bool answer(QTcpSocket *socket, const QByteArray &request);
    static QByteArray pathOf(const QByteArray &request);

    Mode m_mode = Mode::Respond;
    QList<QByteArray> m_responses;
    QHash<QByteArray, Route> m_routes;
    int m_connections = 0;
    QList<QByteArray> m_requests;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    // Last, so it is destroyed first: its sockets' disconnected() handlers use the members above.
    QTcpServer m_server;
};
