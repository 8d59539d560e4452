// Precompiled for every target of ours (cmake/TextdeskPch.cmake): the Qt headers that most files
// include. Only Qt's, never ours, so that a change to our code never rebuilds it. A file must still
// include what it uses: the fuzz tree compiles without these.
#pragma once
#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QLocale>
#include <QObject>
#include <QPointer>
#include <QRegularExpression>
#include <QSet>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QTimer>
#include <QUrl>
#include <QVariant>
#include <functional>
#include <memory>
#include <optional>
