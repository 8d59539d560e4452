// Precompiled for the tests (cmake/TextdeskPch.cmake): core.h and Qt Test.
#pragma once
#include "core.h"
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
