#pragma once

#include <QStringView>

namespace textdesk::Acknowledgement {

// Whether a customer's whole message only closes the exchange ("thanks", "ok 👍", "vielen Dank!",
// "¡Muchas gracias!", "merci beaucoup"): in English, German, Spanish or French, tolerant of
// case, accents, punctuation and spacing. Such a message after our reply does not make the
// customer wait for another answer. Anything more ("thanks, but when?") is not one.
bool isClosing(QStringView message);

} // namespace textdesk::Acknowledgement
