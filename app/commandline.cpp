#include "commandline.h"

#include <QCommandLineParser>
#include <QProcessEnvironment>

#include <cstdio>

CommandLineOptions CommandLine::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Browse OpenStack Placement resource providers and edit their aggregates safely."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const QCommandLineOption endpoint(QStringLiteral("endpoint"),
                                      tr("Placement endpoint URL (standalone mode, no Keystone)."), tr("url"));
    const QCommandLineOption token(
        QStringLiteral("token"), tr("Token sent as X-Auth-Token (for noauth2 servers: admin). Defaults to $OS_TOKEN."),
        tr("token"));
    parser.addOption(endpoint);
    parser.addOption(token);
    const QCommandLineOption exportFile(
        QStringLiteral("export"),
        tr("Load every provider with its aggregates, write them to FILE (.json or .csv) and exit; no window."),
        tr("file"));
    parser.addOption(exportFile);
    const QCommandLineOption cloud(QStringLiteral("cloud"),
                                   tr("Connect to this cloud of clouds.yaml (like openstack --os-cloud). "
                                      "Defaults to $OS_CLOUD."),
                                   tr("name"));
    const QCommandLineOption profile(QStringLiteral("profile"), tr("Connect with this saved profile."), tr("name"));
    parser.addOption(cloud);
    parser.addOption(profile);
    const QCommandLineOption readOnly(QStringLiteral("read-only"),
                                      tr("Browse only: every action that writes to Placement is disabled."));
    parser.addOption(readOnly);

    CommandLineOptions options;
    // An unusable command line: a one-line reason and exit code 2.
    auto unusable = [&options](const QString &reason) {
        options.error = reason;
        options.exitNow = true;
        options.exitCode = 2;
        return options;
    };
    if (!parser.parse(arguments))
        return unusable(parser.errorText());
    if (parser.isSet(help) || parser.isSet(version)) {
        const QString text = parser.isSet(help) ? parser.helpText()
                                                : QStringLiteral("%1 %2\n").arg(QCoreApplication::applicationName(),
                                                                                QCoreApplication::applicationVersion());
        std::fputs(qPrintable(text), stdout);
        options.exitNow = true;
        return options;
    }

    const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    const QString endpointText
        = parser.isSet(endpoint) ? parser.value(endpoint) : env.value(QStringLiteral("OS_ENDPOINT"));
    if (!endpointText.isEmpty()) {
        options.endpoint = QUrl::fromUserInput(endpointText);
        if (!options.endpoint.isValid() || options.endpoint.host().isEmpty()
            || (options.endpoint.scheme() != QLatin1String("http")
                && options.endpoint.scheme() != QLatin1String("https"))) {
            return unusable(tr("--endpoint: \"%1\" is not an http(s) URL").arg(endpointText));
        }
    }
    if (parser.isSet(exportFile)) {
        options.exportFile = parser.value(exportFile);
        const QString suffix = options.exportFile.section(QLatin1Char('.'), -1).toLower();
        if (suffix != QLatin1String("json") && suffix != QLatin1String("csv")) {
            return unusable(tr("--export: \"%1\" must end in .json or .csv").arg(options.exportFile));
        }
    }
    options.token = (parser.isSet(token) ? parser.value(token) : env.value(QStringLiteral("OS_TOKEN"))).toUtf8();
    options.cloud = parser.value(cloud);
    options.profile = parser.value(profile);
    options.readOnly = parser.isSet(readOnly);
    if (parser.isSet(cloud) + parser.isSet(profile) + parser.isSet(endpoint) > 1) {
        return unusable(tr("use only one of --cloud, --profile and --endpoint"));
    }
    // Like the openstack CLI, OS_CLOUD applies when the command line names no connection.
    if (options.cloud.isEmpty() && options.profile.isEmpty() && !parser.isSet(endpoint))
        options.cloud = env.value(QStringLiteral("OS_CLOUD"));
    if (!options.cloud.isEmpty() || !options.profile.isEmpty())
        options.endpoint.clear(); // OS_ENDPOINT then belongs to the cloud's settings, not standalone mode
    return options;
}
