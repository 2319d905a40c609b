#pragma once

// Wires one connection together: client, models, loader and the main window.

#include <QObject>
#include <QUrl>

class MainWindow;
class PlacementClient;
class ProviderLoader;
class ProviderModel;
struct PlacementError;

class AppController : public QObject
{
    Q_OBJECT
public:
    AppController(MainWindow *window, QObject *parent = nullptr);

    void connectTo(const QUrl &endpoint, const QByteArray &token);
    PlacementClient *client() const { return m_client; }
    ProviderModel *providerModel() const { return m_providerModel; }
    ProviderLoader *loader() const { return m_loader; }

Q_SIGNALS:
    void connected();
    void connectionFailed(const PlacementError &error);

private:
    void reload();

    MainWindow *m_window;
    PlacementClient *m_client;
    ProviderModel *m_providerModel;
    ProviderLoader *m_loader;
};
