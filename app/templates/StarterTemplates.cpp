#include "StarterTemplates.h"

#include "core/CustomerLanguage.h"

namespace textdesk::StarterTemplates {

namespace {

using Text = CustomerLanguage::Phrase;

struct Starter
{
    const char *shortcut; // the same in every language, so a team's habits survive a switch
    Text category, title, body;
};

// Written in the customer's language, not the interface's, so they are tables rather than
// translations. Variables a customer may not have get a default; what only the agent knows
// (an order number, a date) has none, so it must be filled in before sending.
const Text kGeneral { "General", "Allgemein", "General", "Général" };
const Text kOrders { "Orders", "Bestellungen", "Pedidos", "Commandes" };
const Text kAppointments { "Appointments", "Termine", "Citas", "Rendez-vous" };
const Text kCompliance { "Compliance", "Rechtliches", "Cumplimiento", "Conformité" };

const Starter kStarters[] = {
    { "greet",
      kGeneral,
      { "Greeting", "Begrüßung", "Saludo", "Salutation" },
      { "Hi {{first_name|there}}, this is {{agent_name}}. How can I help you today?",
        "Guten Tag, hier ist {{agent_name}}. Wie kann ich Ihnen helfen?",
        "Hola, soy {{agent_name}}. ¿En qué puedo ayudarle?",
        "Bonjour, ici {{agent_name}}. Comment puis-je vous aider ?" } },
    { "order",
      kOrders,
      { "Order status", "Bestellstatus", "Estado del pedido", "Suivi de commande" },
      { "Hi {{first_name|there}}, your order {{order_number}} is on its way. We will text you "
        "when it is delivered.",
        "Guten Tag, Ihre Bestellung {{order_number}} ist unterwegs. Wir schreiben "
        "Ihnen, sobald sie zugestellt ist.",
        "Hola, su pedido {{order_number}} está en camino. Le avisaremos cuando "
        "se entregue.",
        "Bonjour, votre commande {{order_number}} est en route. Nous vous "
        "écrirons dès qu'elle sera livrée." } },
    { "refund",
      kOrders,
      { "Refund", "Erstattung", "Reembolso", "Remboursement" },
      { "Your refund for order {{order_number}} is on its way. It usually shows on your "
        "statement within 5 to 10 business days.",
        "Ihre Erstattung für die Bestellung {{order_number}} ist veranlasst. Sie erscheint "
        "meist innerhalb von 5 bis 10 Werktagen auf Ihrem Konto.",
        "Hemos tramitado el reembolso del pedido {{order_number}}. Suele aparecer en su cuenta "
        "en 5 a 10 días hábiles.",
        "Le remboursement de la commande {{order_number}} est lancé. Il apparaît en général sur "
        "votre compte sous 5 à 10 jours ouvrés." } },
    { "appt",
      kAppointments,
      { "Appointment", "Termin", "Cita", "Rendez-vous" },
      { "Hi {{first_name|there}}, this is a reminder of your appointment on {{date}} at "
        "{{time}}. Reply C to confirm or R to reschedule.",
        "Guten Tag, wir erinnern an Ihren Termin am {{date}} um {{time}}. "
        "Antworten Sie C zum Bestätigen oder R zum Verschieben.",
        "Hola, le recordamos su cita el {{date}} a las {{time}}. Responda C "
        "para confirmar o R para cambiarla.",
        "Bonjour, nous vous rappelons votre rendez-vous le {{date}} à {{time}}. "
        "Répondez C pour confirmer ou R pour le déplacer." } },
    { "followup",
      kGeneral,
      { "Follow-up", "Nachfassen", "Seguimiento", "Relance" },
      { "Hi {{first_name|there}}, just checking in: is everything sorted, or can we help with "
        "anything else?",
        "Guten Tag, ist inzwischen alles in Ordnung, oder können wir noch bei "
        "etwas helfen?",
        "Hola, ¿quedó todo resuelto o podemos ayudarle con algo más?",
        "Bonjour, tout est-il réglé, ou pouvons-nous vous aider pour autre "
        "chose ?" } },
    { "bye",
      kGeneral,
      { "Closing", "Abschluss", "Despedida", "Clôture" },
      { "Glad I could help, {{first_name|and thank you}}. Have a great day! {{agent_name}}",
        "Schön, dass ich helfen konnte. Einen schönen Tag noch! {{agent_name}}",
        "Me alegra haber ayudado. ¡Que tenga un buen día! {{agent_name}}",
        "Ravi d'avoir pu vous aider. Bonne journée ! {{agent_name}}" } },
    { "away",
      kGeneral,
      { "Out of office", "Abwesend", "Fuera de horario", "Absence" },
      { "Thanks for your message. Our team is out right now and will reply as soon as we are "
        "back.",
        "Danke für Ihre Nachricht. Unser Team ist gerade nicht erreichbar und antwortet, "
        "sobald wir zurück sind.",
        "Gracias por su mensaje. Nuestro equipo no está disponible ahora y le responderá en "
        "cuanto vuelva.",
        "Merci pour votre message. Notre équipe est absente pour le moment et vous répondra "
        "dès son retour." } },
    { "help",
      kCompliance,
      { "HELP reply", "HILFE-Antwort", "Respuesta a AYUDA", "Réponse à AIDE" },
      { "{{company}} customer support by text. Msg frequency varies. Msg&data rates may apply. "
        "Reply STOP to opt out.",
        "{{company}} Kundenservice per SMS. Anzahl der Nachrichten variiert. Es können Kosten "
        "für SMS und Daten anfallen. Antworten Sie STOP zum Abmelden.",
        "Atención al cliente de {{company}} por SMS. La frecuencia varía. Pueden aplicarse "
        "tarifas de mensajes y datos. Responda STOP para darse de baja.",
        "Service client {{company}} par SMS. Fréquence variable. Des frais de messages et de "
        "données peuvent s'appliquer. Répondez STOP pour vous désabonner." } },
    { "freq",
      kCompliance,
      { "How often we text", "Wie oft wir schreiben", "Frecuencia", "Fréquence" },
      { "We only text you about your own orders and questions, usually a few messages a month.",
        "Wir schreiben Ihnen nur zu Ihren Bestellungen und Anfragen, meist wenige Nachrichten "
        "im Monat.",
        "Solo le escribimos sobre sus pedidos y consultas, normalmente pocos mensajes al mes.",
        "Nous vous écrivons seulement au sujet de vos commandes et questions, en général "
        "quelques messages par mois." } },
    { "rates",
      kCompliance,
      { "Rates may apply", "Kostenhinweis", "Tarifas", "Frais" },
      { "Msg&data rates may apply.", "Es können Kosten für SMS und Daten anfallen.",
        "Pueden aplicarse tarifas de mensajes y datos.",
        "Des frais de messages et de données peuvent s'appliquer." } },
    { "stop",
      kCompliance,
      { "How to stop", "Abmelden", "Cómo darse de baja", "Se désabonner" },
      { "Reply STOP at any time to stop messages from {{company}}.",
        "Antworten Sie jederzeit STOP, um keine Nachrichten von {{company}} mehr zu erhalten.",
        "Responda STOP en cualquier momento para dejar de recibir mensajes de {{company}}.",
        "Répondez STOP à tout moment pour ne plus recevoir de messages de {{company}}." } },
};

} // namespace

const QStringList &languages()
{
    return CustomerLanguage::shipped();
}

QString languageFor(const QString &uiLanguage)
{
    return CustomerLanguage::normalised(uiLanguage);
}

QList<MessageTemplate> set(const QString &language)
{
    const QString l = languageFor(language);
    QList<MessageTemplate> list;
    for (const Starter &s : kStarters) {
        MessageTemplate t;
        t.shortcut = QString::fromLatin1(s.shortcut);
        t.title = s.title.in(l);
        t.category = s.category.in(l);
        t.body = s.body.in(l);
        t.language = l;
        t.starterKey = t.shortcut + QLatin1Char(':') + l;
        list.append(t);
    }
    return list;
}

} // namespace textdesk::StarterTemplates
