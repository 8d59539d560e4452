<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>EmptyInboxText</name>
    <message>
        <source>No conversation here with a customer tagged “%1”.</source>
        <translation>No hay ninguna conversación aquí con un cliente con la etiqueta «%1».</translation>
    </message>
    <message>
        <source>Nothing here is assigned to you.</source>
        <translation>Aquí no hay nada asignado a usted.</translation>
    </message>
    <message>
        <source>Open a conversation and press Ctrl+Shift+A to take it.</source>
        <translation>Abra una conversación y pulse Ctrl+Mayús+A para tomarla.</translation>
    </message>
    <message>
        <source>Every conversation here has someone on it.</source>
        <translation>Todas las conversaciones de aquí ya tienen a alguien.</translation>
    </message>
    <message>
        <source>No open conversations: all caught up.</source>
        <translation>No hay conversaciones abiertas: todo al día.</translation>
    </message>
    <message>
        <source>New messages appear here as they arrive.</source>
        <translation>Los mensajes nuevos aparecen aquí en cuanto llegan.</translation>
    </message>
    <message>
        <source>Nothing is pending.</source>
        <translation>No hay nada pendiente.</translation>
    </message>
    <message>
        <source>Mark a conversation pending (Ctrl+Shift+P) while you wait for someone.</source>
        <translation>Marque una conversación como pendiente (Ctrl+Mayús+P) mientras espera a alguien.</translation>
    </message>
    <message>
        <source>Nothing is snoozed.</source>
        <translation>No hay nada pospuesto.</translation>
    </message>
    <message>
        <source>A snoozed conversation (Ctrl+Shift+S) waits here until its time or the customer&apos;s next message.</source>
        <translation>Una conversación pospuesta (Ctrl+Mayús+S) espera aquí hasta su hora o hasta el próximo mensaje del cliente.</translation>
    </message>
    <message>
        <source>Nothing is resolved yet.</source>
        <translation>Todavía no hay nada resuelto.</translation>
    </message>
    <message>
        <source>Conversations you resolve (Ctrl+Shift+D) are kept here.</source>
        <translation>Las conversaciones que resuelva (Ctrl+Mayús+D) se guardan aquí.</translation>
    </message>
    <message>
        <source>No conversations yet: they appear after the first sync with the provider.</source>
        <translation>Todavía no hay conversaciones: aparecen tras la primera sincronización con el proveedor.</translation>
    </message>
    <message>
        <source>Only conversations on %1 are shown.</source>
        <translation>Solo se muestran las conversaciones de %1.</translation>
    </message>
    <message>
        <source>Choose “All”, “Open”, “All our numbers” and “Any tag” above to see the rest.</source>
        <translation>Elija «Todas», «Abierta», «Todos nuestros números» y «Cualquier etiqueta» arriba para ver el resto.</translation>
    </message>
    <message>
        <source>Nothing here is assigned to %1.</source>
        <comment>an agent&apos;s name</comment>
        <translation>Aquí no hay nada asignado a %1.</translation>
    </message>
</context>
<context>
    <name>FailureAdvice</name>
    <message>
        <source>The number is not a valid phone number. Check it in the customer&apos;s profile.</source>
        <translation>El número no es un número de teléfono válido. Compruébelo en el perfil del cliente.</translation>
    </message>
    <message>
        <source>Your account may not send to this country. Your administrator can allow it in the provider&apos;s geographic permissions.</source>
        <translation>Su cuenta no tiene permiso para enviar a este país. Su administrador puede permitirlo en los permisos geográficos del proveedor.</translation>
    </message>
    <message>
        <source>The customer texted STOP, so the carrier blocks messages to them. They can text START to receive messages again; add a note instead.</source>
        <translation>El cliente envió STOP, así que el operador bloquea los mensajes que se le envían. Puede enviar START para volver a recibirlos; añada una nota en su lugar.</translation>
    </message>
    <message>
        <source>Too many messages are waiting at the provider for this number. Retry in a few minutes.</source>
        <translation>Hay demasiados mensajes en espera en el proveedor para este número. Vuelva a intentarlo dentro de unos minutos.</translation>
    </message>
    <message>
        <source>This number cannot send to that customer (the route is not supported). Try another of our numbers or call the customer.</source>
        <translation>Este número no puede enviar mensajes a ese cliente (la ruta no es compatible). Pruebe con otro de nuestros números o llame al cliente.</translation>
    </message>
    <message>
        <source>The customer&apos;s number is not a mobile number and cannot receive texts. Call them, or ask for a mobile number.</source>
        <translation>El número del cliente no es un móvil y no puede recibir mensajes de texto. Llámelo o pídale un número de móvil.</translation>
    </message>
    <message>
        <source>The message is longer than 1,600 characters. Shorten it or split it in two, then send again.</source>
        <translation>El mensaje tiene más de 1600 caracteres. Acórtelo o divídalo en dos y vuelva a enviarlo.</translation>
    </message>
    <message>
        <source>The provider&apos;s queue was full. Retry in a few minutes.</source>
        <translation>La cola del proveedor estaba llena. Vuelva a intentarlo dentro de unos minutos.</translation>
    </message>
    <message>
        <source>The provider account is suspended. Ask your administrator; retrying will not help until it is active again.</source>
        <translation>La cuenta del proveedor está suspendida. Consulte a su administrador; reintentar no servirá de nada hasta que vuelva a estar activa.</translation>
    </message>
    <message>
        <source>The customer&apos;s phone is off or out of coverage. Retry later.</source>
        <translation>El teléfono del cliente está apagado o fuera de cobertura. Vuelva a intentarlo más tarde.</translation>
    </message>
    <message>
        <source>The customer&apos;s phone or carrier blocks messages from this number. Ask them another way to unblock it, or call them.</source>
        <translation>El teléfono o el operador del cliente bloquea los mensajes de este número. Pídale por otra vía que lo desbloquee o llámelo.</translation>
    </message>
    <message>
        <source>The number does not exist or is no longer in service. Check the number with the customer.</source>
        <translation>El número no existe o ya no está en servicio. Compruebe el número con el cliente.</translation>
    </message>
    <message>
        <source>The number is a landline or its carrier cannot receive texts. Call the customer instead.</source>
        <translation>El número es un fijo o su operador no puede recibir mensajes de texto. Llame al cliente en su lugar.</translation>
    </message>
    <message>
        <source>The carrier filtered the message as possible spam. Rewrite it without links, shortened URLs or capitals, then retry.</source>
        <translation>El operador ha filtrado el mensaje como posible spam. Reescríbalo sin enlaces, URL acortadas ni mayúsculas y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The carrier gave no reason. Retry once; if it fails again, call the customer.</source>
        <translation>El operador no ha indicado el motivo. Vuelva a intentarlo una vez; si vuelve a fallar, llame al cliente.</translation>
    </message>
    <message>
        <source>This number has sent more than its carrier allows today. Wait until tomorrow or send from another of our numbers.</source>
        <translation>Este número ha enviado hoy más de lo que permite su operador. Espere hasta mañana o envíe desde otro de nuestros números.</translation>
    </message>
    <message>
        <source>%1 (error %2)</source>
        <comment>advice (the provider&apos;s error code)</comment>
        <translation>%1 (error %2)</translation>
    </message>
    <message>
        <source>The provider gave no reason.</source>
        <translation>El proveedor no ha indicado el motivo.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Open the training workspace</source>
        <translation>Abrir el espacio de trabajo de formación</translation>
    </message>
    <message>
        <source>The training workspace is turned off on this computer.</source>
        <translation>El espacio de trabajo de formación está desactivado en este equipo.</translation>
    </message>
    <message>
        <source>Training not opened</source>
        <translation>No se ha abierto la formación</translation>
    </message>
    <message>
        <source>Textdesk could not be started again for the training workspace.</source>
        <translation>No se ha podido volver a iniciar Textdesk para el espacio de trabajo de formación.</translation>
    </message>
    <message>
        <source>Open your own workspace</source>
        <translation>Abrir su propio espacio de trabajo</translation>
    </message>
    <message>
        <source>Workspace not opened</source>
        <translation>Espacio de trabajo no abierto</translation>
    </message>
    <message>
        <source>Textdesk could not be started again for your own workspace.</source>
        <translation>No se pudo volver a iniciar Textdesk para su propio espacio de trabajo.</translation>
    </message>
</context>
<context>
    <name>textdesk</name>
    <message>
        <source>The workspace folder.</source>
        <translation>La carpeta del espacio de trabajo.</translation>
    </message>
    <message>
        <source>Textdesk cannot start</source>
        <translation>Textdesk no puede iniciarse</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <source>Damaged cache set aside</source>
        <translation>Caché dañada apartada</translation>
    </message>
    <message>
        <source>The cache was damaged. Textdesk moved it to %1 and started a fresh one.</source>
        <translation>La caché estaba dañada. Textdesk la ha movido a %1 y ha creado una nueva.</translation>
    </message>
    <message>
        <source>Computer settings ignored</source>
        <translation>Configuración del equipo ignorada</translation>
    </message>
    <message>
        <source>Sign in to your team</source>
        <translation>Iniciar sesión en el equipo</translation>
    </message>
    <message>
        <source>Your password for the team&apos;s database
%1:</source>
        <translation>Contraseña de la base de datos del equipo
%1:</translation>
    </message>
</context>
<context>
    <name>textdesk::AccountPage</name>
    <message>
        <source>Provider address</source>
        <translation>Dirección del proveedor</translation>
    </message>
    <message>
        <source>Provider &amp;address:</source>
        <translation>&amp;Dirección del proveedor:</translation>
    </message>
    <message>
        <source>Account SID</source>
        <translation>SID de la cuenta</translation>
    </message>
    <message>
        <source>AC followed by 32 hexadecimal digits</source>
        <translation>AC seguido de 32 dígitos hexadecimales</translation>
    </message>
    <message>
        <source>Account &amp;SID:</source>
        <translation>&amp;SID de la cuenta:</translation>
    </message>
    <message>
        <source>API key secret</source>
        <translation>Secreto de la clave de API</translation>
    </message>
    <message>
        <source>Auth token</source>
        <translation>Token de autenticación</translation>
    </message>
    <message>
        <source>Kept in the system keychain, never in the workspace.</source>
        <translation>Se guarda en el llavero del sistema, nunca en el espacio de trabajo.</translation>
    </message>
    <message>
        <source>API key s&amp;ecret:</source>
        <translation>S&amp;ecreto de la clave de API:</translation>
    </message>
    <message>
        <source>Auth &amp;token:</source>
        <translation>&amp;Token de autenticación:</translation>
    </message>
    <message>
        <source>Test &amp;connection</source>
        <translation>Probar c&amp;onexión</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Probar conexión</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>Resultado de la prueba de conexión</translation>
    </message>
    <message>
        <source>Enter the auth token first.</source>
        <translation>Introduzca primero el token de autenticación.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <source>Not connected. %1</source>
        <translation>Sin conexión. %1</translation>
    </message>
    <message>
        <source>Connected to account %1, but its numbers could not be listed: %2</source>
        <translation>Conectado a la cuenta %1, pero no se han podido obtener sus números: %2</translation>
    </message>
    <message>
        <source>Connected to account %1. It has no phone numbers yet.</source>
        <translation>Conectado a la cuenta %1. Todavía no tiene números de teléfono.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Connected to account %1. Numbers: %2.</source>
        <translation>Conectado a la cuenta %1. Números: %2.</translation>
    </message>
    <message>
        <source>Training workspace: no account needed, and its practice conversations never mix with real ones.
To try your own account, enter and test it here: OK saves it as your own workspace (%1), which opens in a window of its own. This one stays for practice.</source>
        <translation>Espacio de trabajo de práctica: no necesita cuenta y sus conversaciones de práctica nunca se mezclan con las reales.
Para probar su propia cuenta, introdúzcala y pruébela aquí: Aceptar la guarda como su propio espacio de trabajo (%1), que se abre en una ventana propia. Este se queda para practicar.</translation>
    </message>
</context>
<context>
    <name>textdesk::AgentPage</name>
    <message>
        <source>Your name</source>
        <translation>Su nombre</translation>
    </message>
    <message>
        <source>Shown to colleagues and used for {{agent_name}} in templates. Empty: your login name.</source>
        <translation>Lo ven sus compañeros y se usa para {{agent_name}} en las plantillas. Si se deja vacío, se usa su nombre de usuario.</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>&amp;Su nombre:</translation>
    </message>
    <message>
        <source>This workspace names its agent &quot;%1&quot;, which is used instead.</source>
        <translation>Este espacio de trabajo fija como nombre del agente &quot;%1&quot;, que es el que se usa en su lugar.</translation>
    </message>
    <message>
        <source>Response-time target in minutes</source>
        <translation>Tiempo de respuesta objetivo en minutos</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Conversations waiting longer than this for a reply are marked.</source>
        <translation>Se marcan las conversaciones que llevan más tiempo que este esperando respuesta.</translation>
    </message>
    <message>
        <source>&amp;Response-time target:</source>
        <translation>Tiempo de &amp;respuesta objetivo:</translation>
    </message>
    <message>
        <source>&amp;Enter sends the message (off: Ctrl+Enter sends, Enter starts a new line)</source>
        <translation>&amp;Intro envía el mensaje (desactivado: Ctrl+Intro envía e Intro inicia una línea nueva)</translation>
    </message>
    <message>
        <source>Enter sends the message</source>
        <translation>Intro envía el mensaje</translation>
    </message>
    <message>
        <source>Show a &amp;notification when a customer writes</source>
        <translation>&amp;Mostrar una notificación cuando escriba un cliente</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notificaciones</translation>
    </message>
</context>
<context>
    <name>textdesk::AppearancePage</name>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Según el sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
</context>
<context>
    <name>textdesk::AssignPicker</name>
    <message>
        <source>Assign to: type a name</source>
        <translation>Asignar a: escriba un nombre</translation>
    </message>
    <message>
        <source>Assign to an agent</source>
        <translation>Asignar a un agente</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Agentes</translation>
    </message>
    <message>
        <source>%1 (you) — assigned now</source>
        <comment>an agent&apos;s name</comment>
        <translation>%1 (usted) — asignación actual</translation>
    </message>
    <message>
        <source>%1 (you)</source>
        <comment>an agent&apos;s name</comment>
        <translation>%1 (usted)</translation>
    </message>
    <message>
        <source>%1 — assigned now</source>
        <comment>an agent&apos;s name</comment>
        <translation>%1 — asignación actual</translation>
    </message>
    <message>
        <source>Nobody (unassign)</source>
        <translation>Nadie (quitar asignación)</translation>
    </message>
    <message>
        <source>No agents yet</source>
        <translation>Todavía no hay agentes</translation>
    </message>
    <message>
        <source>No agent named “%1”</source>
        <translation>No hay ningún agente llamado «%1»</translation>
    </message>
</context>
<context>
    <name>textdesk::AttachmentBar</name>
    <message>
        <source>Attachments</source>
        <translation>Adjuntos</translation>
    </message>
    <message>
        <source>“%1” cannot be attached: it is not a file Textdesk can read.</source>
        <translation>No se puede adjuntar «%1»: no es un archivo que Textdesk pueda leer.</translation>
    </message>
    <message>
        <source>“%1” is already attached.</source>
        <translation>«%1» ya está adjunto.</translation>
    </message>
    <message>
        <source>“%1” was not attached: a message can carry at most %2 files.</source>
        <translation>No se ha adjuntado «%1»: un mensaje admite como máximo %2 archivos.</translation>
    </message>
    <message>
        <source>“%1” is too large to send (%2): a text message can carry at most %3 of attachments.</source>
        <translation>«%1» es demasiado grande para enviarlo (%2): un mensaje de texto admite como máximo %3 de adjuntos.</translation>
    </message>
    <message>
        <source>“%1” was not attached: with it the attachments would come to %2, and a text message can carry at most %3.</source>
        <translation>No se ha adjuntado «%1»: con él, los adjuntos sumarían %2, y un mensaje de texto admite como máximo %3.</translation>
    </message>
    <message>
        <source>%1 ×</source>
        <translation>%1 ×</translation>
    </message>
    <message>
        <source>%1 (%2) — click to remove</source>
        <translation>%1 (%2) — haga clic para quitarlo</translation>
    </message>
    <message>
        <source>Remove attachment %1</source>
        <translation>Quitar el adjunto %1</translation>
    </message>
</context>
<context>
    <name>textdesk::BroadcastDialog</name>
    <message>
        <source>New broadcast</source>
        <translation>Nueva difusión</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>&amp;Plantilla:</translation>
    </message>
    <message>
        <source>The customers with this tag</source>
        <translation>Los clientes con esta etiqueta</translation>
    </message>
    <message>
        <source>T&amp;ag:</source>
        <translation>&amp;Etiqueta:</translation>
    </message>
    <message>
        <source>Or a CSV file: a number column and variable columns</source>
        <translation>O un archivo CSV: una columna de números y columnas de variables</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Destinatarios</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Archivos CSV (*.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>CSV &amp;file:</source>
        <translation>&amp;Archivo CSV:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;De:</translation>
    </message>
    <message>
        <source> per second</source>
        <translation> por segundo</translation>
    </message>
    <message>
        <source>&amp;Rate:</source>
        <translation>&amp;Velocidad:</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>Vista p&amp;revia</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>E&amp;nviar</translation>
    </message>
    <message>
        <source>P&amp;ause</source>
        <translation>Pa&amp;usar</translation>
    </message>
    <message>
        <source>&amp;Cancel broadcast</source>
        <translation>&amp;Cancelar difusión</translation>
    </message>
    <message>
        <source>Choose a template (File → Templates… makes one).</source>
        <translation>Elija una plantilla (puede crear una en Archivo → Plantillas…).</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>Give a tag or a CSV file of recipients.</source>
        <translation>Indique una etiqueta o un archivo CSV de destinatarios.</translation>
    </message>
    <message>
        <source>The workspace knows none of our numbers yet.</source>
        <translation>El espacio de trabajo aún no conoce ninguno de nuestros números.</translation>
    </message>
    <message>
        <source>Will be sent</source>
        <translation>Se enviará</translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation>Omitido: %1</translation>
    </message>
    <message>
        <source>Held until %1</source>
        <translation>Retenido hasta %1</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>Rean&amp;udar</translation>
    </message>
    <message>
        <source>%1 of %2 sent to the outbox, %3 waiting (%4 for quiet hours), %5 skipped, %6 cancelled.</source>
        <translation>%1 de %2 enviados a la bandeja de salida, %3 en espera (%4 por el horario de descanso), %5 omitidos, %6 cancelados.</translation>
    </message>
    <message>
        <source>%1 to send (%2 held for quiet hours), %3 skipped: %4 opted out, %5 asked to stop (awaiting an agent), %6 invalid, %7 duplicates, %8 missing a variable.</source>
        <translation>%1 por enviar (%2 retenidos por el horario de descanso), %3 omitidos: %4 se dieron de baja, %5 pidieron dejar de recibir mensajes (a la espera de un agente), %6 no válidos, %7 duplicados, %8 con una variable sin valor.</translation>
    </message>
</context>
<context>
    <name>textdesk::CardDavConflictsDialog</name>
    <message>
        <source>Contact conflicts</source>
        <translation>Conflictos de contactos</translation>
    </message>
    <message>
        <source>These contacts were changed both here and on the address book&apos;s server since the last sync. Nothing was overwritten: keep one version of each.</source>
        <translation>Estos contactos se modificaron aquí y en el servidor de la libreta de direcciones desde la última sincronización. No se ha sobrescrito nada: conserve una versión de cada uno.</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflictos</translation>
    </message>
    <message>
        <source>Fields that differ</source>
        <translation>Campos distintos</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Here (ours)</source>
        <translation>Aquí (nuestra versión)</translation>
    </message>
    <message>
        <source>Server (theirs)</source>
        <translation>Servidor (versión remota)</translation>
    </message>
    <message>
        <source>Keep &amp;ours</source>
        <translation>Conservar la &amp;nuestra</translation>
    </message>
    <message>
        <source>The version here stands; the next sync sends it to the server.</source>
        <translation>Se conserva la versión de aquí; la próxima sincronización la enviará al servidor.</translation>
    </message>
    <message>
        <source>Keep &amp;theirs</source>
        <translation>Conservar la &amp;remota</translation>
    </message>
    <message>
        <source>The server&apos;s version is written here now.</source>
        <translation>La versión del servidor se escribe aquí ahora.</translation>
    </message>
    <message>
        <source>Found %1</source>
        <translation>Detectado: %1</translation>
    </message>
    <message>
        <source>No open conflicts: the address book and Textdesk agree.</source>
        <translation>No hay conflictos abiertos: la libreta de direcciones y Textdesk coinciden.</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(eliminado)</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Other properties</source>
        <translation>Otras propiedades</translation>
    </message>
    <message>
        <source>differ</source>
        <translation>difieren</translation>
    </message>
    <message>
        <source>Kept ours: the next sync sends it to the server.</source>
        <translation>Se ha conservado la nuestra: la próxima sincronización la enviará al servidor.</translation>
    </message>
    <message>
        <source>Kept theirs: the server&apos;s version is now here.</source>
        <translation>Se ha conservado la remota: la versión del servidor ya está aquí.</translation>
    </message>
</context>
<context>
    <name>textdesk::CardDavStore</name>
    <message>
        <source>There is no CardDAV conflict number %1.</source>
        <translation>No existe el conflicto de CardDAV número %1.</translation>
    </message>
</context>
<context>
    <name>textdesk::CardDavSyncDialog</name>
    <message>
        <source>Sync contacts</source>
        <translation>Sincronizar contactos</translation>
    </message>
    <message>
        <source>No address book is set up yet.</source>
        <translation>Todavía no hay ninguna libreta de direcciones configurada.</translation>
    </message>
    <message>
        <source>Address book: %1 (as %2)</source>
        <translation>Libreta de direcciones: %1 (como %2)</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>Progreso de la sincronización</translation>
    </message>
    <message>
        <source>Sync result</source>
        <translation>Resultado de la sincronización</translation>
    </message>
    <message>
        <source>Resolve &amp;conflicts…</source>
        <translation>Resolver &amp;conflictos…</translation>
    </message>
    <message>
        <source>Set up the address book first: File → Settings → Contacts.</source>
        <translation>Configure primero la libreta de direcciones: Archivo → Configuración → Contactos.</translation>
    </message>
    <message>
        <source>Textdesk is not connected yet, so contacts cannot be synced.</source>
        <translation>Textdesk todavía no está conectado, así que no se pueden sincronizar los contactos.</translation>
    </message>
    <message>
        <source>Reading the password from the keychain…</source>
        <translation>Leyendo la contraseña del llavero…</translation>
    </message>
    <message>
        <source>Cancelled: nothing was synced.</source>
        <translation>Cancelado: no se ha sincronizado nada.</translation>
    </message>
    <message>
        <source>The keychain has no password for this address book: enter it in File → Settings → Contacts.</source>
        <translation>El llavero no tiene ninguna contraseña para esta libreta de direcciones: introdúzcala en Archivo → Configuración → Contactos.</translation>
    </message>
    <message>
        <source>Cancelling after the request in flight…</source>
        <translation>Cancelando tras la solicitud en curso…</translation>
    </message>
    <message>
        <source>The sync stopped: %1
%2</source>
        <translation>La sincronización se detuvo: %1
%2</translation>
    </message>
</context>
<context>
    <name>textdesk::CommandLine</name>
    <message>
        <source>textdesk: unknown command &quot;%1&quot;.</source>
        <translation>textdesk: comando desconocido &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>What the workspace&apos;s cache holds.</source>
        <translation>Muestra qué hay en la caché del espacio de trabajo.</translation>
    </message>
    <message>
        <source>The workspace folder.</source>
        <translation>La carpeta del espacio de trabajo.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Muestra el resultado en JSON.</translation>
    </message>
    <message>
        <source>The command.</source>
        <translation>El comando.</translation>
    </message>
    <message>
        <source>textdesk: %1</source>
        <translation>textdesk: %1</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Detalles: %1</translation>
    </message>
    <message>
        <source>textdesk: the cache was damaged; it was moved to %1 and a fresh cache was created.</source>
        <translation>textdesk: la caché estaba dañada; se ha movido a %1 y se ha creado una caché nueva.</translation>
    </message>
    <message>
        <source>Workspace:      %1</source>
        <translation>Espacio de trabajo:   %1</translation>
    </message>
    <message>
        <source>Cache version:  %1</source>
        <translation>Versión de la caché:  %1</translation>
    </message>
    <message>
        <source>Contacts:       %1</source>
        <translation>Contactos:            %1</translation>
    </message>
    <message>
        <source>Conversations:  %1</source>
        <translation>Conversaciones:       %1</translation>
    </message>
    <message>
        <source>Messages:       %1</source>
        <translation>Mensajes:             %1</translation>
    </message>
    <message>
        <source>Outbox pending: %1</source>
        <translation>Pendientes de envío:  %1</translation>
    </message>
    <message>
        <source>Cache size:     %1</source>
        <translation>Tamaño de la caché:   %1</translation>
    </message>
    <message numerus="yes">
        <source>textdesk: %Ln message(s) still waiting in the outbox; they go out with the next send or sync, once.</source>
        <translation>
            <numerusform>textdesk: todavía queda %Ln mensaje en la bandeja de salida; se enviará una sola vez con el próximo send o sync.</numerusform>
            <numerusform>textdesk: todavía quedan %Ln mensajes en la bandeja de salida; se enviarán una sola vez con el próximo send o sync.</numerusform>
        </translation>
    </message>
    <message>
        <source>textdesk: this workspace has no provider yet. Run &quot;textdesk configure&quot; first.</source>
        <translation>textdesk: este espacio de trabajo aún no tiene proveedor. Ejecute primero &quot;textdesk configure&quot;.</translation>
    </message>
    <message>
        <source>textdesk: set TEXTDESK_AUTH_TOKEN to the account&apos;s secret.</source>
        <translation>textdesk: asigne a TEXTDESK_AUTH_TOKEN el secreto de la cuenta.</translation>
    </message>
    <message>
        <source>Connect a workspace to a provider account. The secret (Auth Token or API key secret) is read from TEXTDESK_AUTH_TOKEN or standard input.</source>
        <translation>Conecta un espacio de trabajo a una cuenta del proveedor. El secreto (Auth Token o secreto de la clave de API) se lee de TEXTDESK_AUTH_TOKEN o de la entrada estándar.</translation>
    </message>
    <message>
        <source>The provider (twilio).</source>
        <translation>El proveedor (twilio).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOMBRE</translation>
    </message>
    <message>
        <source>The Account SID (AC…).</source>
        <translation>El SID de la cuenta (AC…).</translation>
    </message>
    <message>
        <source>SID</source>
        <translation>SID</translation>
    </message>
    <message>
        <source>An API key SID (SK…), instead of the Auth Token.</source>
        <translation>Un SID de clave de API (SK…), en lugar del Auth Token.</translation>
    </message>
    <message>
        <source>The API address (a regional edge, or a simulator).</source>
        <translation>La dirección de la API (un edge regional o un simulador).</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>textdesk: no secret given. Set TEXTDESK_AUTH_TOKEN or type it on standard input.</source>
        <translation>textdesk: no se ha indicado ningún secreto. Defina TEXTDESK_AUTH_TOKEN o escríbalo en la entrada estándar.</translation>
    </message>
    <message>
        <source>Connected to %1 as %2.</source>
        <translation>Conectado a %1 como %2.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln sending number(s): %1</source>
        <translation>
            <numerusform>%Ln número de envío: %1</numerusform>
            <numerusform>%Ln números de envío: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The secret was not stored. Give it again with TEXTDESK_AUTH_TOKEN when you sync.</source>
        <translation>El secreto no se ha guardado. Vuelva a indicarlo con TEXTDESK_AUTH_TOKEN cuando sincronice.</translation>
    </message>
    <message>
        <source>Bring the workspace&apos;s cache up to date with the provider. The secret is read from TEXTDESK_AUTH_TOKEN.</source>
        <translation>Pone al día la caché del espacio de trabajo con el proveedor. El secreto se lee de TEXTDESK_AUTH_TOKEN.</translation>
    </message>
    <message>
        <source>Messages per request (1–1000).</source>
        <translation>Mensajes por solicitud (1–1000).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SEGUNDOS</translation>
    </message>
    <message>
        <source>page %1: %2 messages, about %3 to go</source>
        <translation>página %1: %2 mensajes, faltan unos %3</translation>
    </message>
    <message>
        <source>page %1: %2 messages</source>
        <translation>página %1: %2 mensajes</translation>
    </message>
    <message>
        <source>Synced: %1 new messages, %2 read.</source>
        <translation>Sincronizado: %1 mensajes nuevos, %2 leídos.</translation>
    </message>
    <message>
        <source>Send a text message through the workspace&apos;s outbox. It is written to the outbox before anything goes out, so it is sent once even if this command is interrupted (the next send or sync finishes the job).</source>
        <translation>Envía un mensaje de texto a través de la bandeja de salida del espacio de trabajo. Se escribe en la bandeja de salida antes de enviar nada, así que se envía una sola vez aunque se interrumpa este comando (el próximo send o sync termina el trabajo).</translation>
    </message>
    <message>
        <source>The customer&apos;s number.</source>
        <translation>El número del cliente.</translation>
    </message>
    <message>
        <source>NUMBER</source>
        <translation>NÚMERO</translation>
    </message>
    <message>
        <source>Our number (default: the workspace&apos;s first).</source>
        <translation>Nuestro número (predeterminado: el primero del espacio de trabajo).</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXTO</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ARCHIVO</translation>
    </message>
    <message>
        <source>Seconds to wait for the provider (default 60).</source>
        <translation>Segundos de espera al proveedor (predeterminado: 60).</translation>
    </message>
    <message>
        <source>textdesk: the workspace knows none of our numbers; give --from.</source>
        <translation>textdesk: el espacio de trabajo no conoce ninguno de nuestros números; indique --from.</translation>
    </message>
    <message>
        <source>Sent to %1 (%2).</source>
        <translation>Enviado a %1 (%2).</translation>
    </message>
    <message>
        <source>textdesk: not sent: %1</source>
        <translation>textdesk: no enviado: %1</translation>
    </message>
    <message>
        <source>textdesk: the provider has not confirmed it yet (%1). It stays in the outbox and goes out with the next send or sync, once.</source>
        <translation>textdesk: el proveedor aún no lo ha confirmado (%1). Se queda en la bandeja de salida y se enviará una sola vez con el próximo send o sync.</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>sin respuesta</translation>
    </message>
    <message>
        <source>A file to attach (repeat for more).</source>
        <translation>Un archivo para adjuntar (repita la opción para adjuntar más).</translation>
    </message>
    <message numerus="yes">
        <source>textdesk: %Ln attachment(s) not downloaded yet; the next sync goes on with them.</source>
        <translation>
            <numerusform>textdesk: %Ln adjunto aún no se ha descargado; la próxima sincronización seguirá con él.</numerusform>
            <numerusform>textdesk: %Ln adjuntos aún no se han descargado; la próxima sincronización seguirá con ellos.</numerusform>
        </translation>
    </message>
    <message>
        <source>One pass, the outbox sent and the attachments downloaded, then exit (0 when all three converged).</source>
        <translation>Una pasada, la bandeja de salida enviada y los adjuntos descargados; después, salir (0 si los tres se completaron).</translation>
    </message>
    <message>
        <source>With --once: seconds to wait for the outbox, and again for the attachments (default 60).</source>
        <translation>Con --once: segundos de espera para la bandeja de salida y, de nuevo, para los adjuntos (60 por defecto).</translation>
    </message>
    <message>
        <source>attachments: %1 of %2</source>
        <translation>adjuntos: %1 de %2</translation>
    </message>
    <message>
        <source>textdesk: no display to open the window on (neither DISPLAY nor WAYLAND_DISPLAY is set). Run it in a desktop session, or use a command: textdesk --help.</source>
        <translation>textdesk: no hay ninguna pantalla en la que abrir la ventana (no está definida ni DISPLAY ni WAYLAND_DISPLAY). Ejecútelo en una sesión de escritorio o use un comando: textdesk --help.</translation>
    </message>
    <message>
        <source>textdesk: this build has no &quot;serve&quot;.</source>
        <translation>textdesk: esta compilación no incluye &quot;serve&quot;.</translation>
    </message>
    <message>
        <source>textdesk: the command &quot;%1&quot; is not available.</source>
        <translation>textdesk: el comando &quot;%1&quot; no está disponible.</translation>
    </message>
    <message>
        <source>History from:   %1</source>
        <translation>Historial desde:      %1</translation>
    </message>
    <message>
        <source>not synced yet</source>
        <translation>aún no sincronizado</translation>
    </message>
    <message>
        <source>all of it</source>
        <translation>el principio</translation>
    </message>
    <message>
        <source>Secret (Auth Token or API key secret): </source>
        <translation>Secreto (Auth Token o secreto de la clave de API): </translation>
    </message>
    <message>
        <source>Where outgoing pictures are uploaded (https).</source>
        <translation>Dónde se suben las imágenes salientes (https).</translation>
    </message>
    <message>
        <source>The address the provider calls for webhooks: the reverse proxy with TLS in front of Textdesk (https).</source>
        <translation>La dirección a la que llama el proveedor para los webhooks: el proxy inverso con TLS delante de Textdesk (https).</translation>
    </message>
    <message>
        <source>All of the provider&apos;s history is cached.</source>
        <translation>Todo el historial del proveedor está en la caché.</translation>
    </message>
    <message>
        <source>History is cached from %1 on; older messages: sync --history-days N or all.</source>
        <translation>El historial está en la caché desde el %1; para mensajes anteriores: sync --history-days N o all.</translation>
    </message>
    <message>
        <source>How far back history is cached: a number of days, or &quot;all&quot; (default: [sync] history_days in workspace.ini, else 90). A longer one than before fetches the older messages once.</source>
        <translation>Hasta qué fecha se guarda el historial en la caché: un número de días o &quot;all&quot; (predeterminado: [sync] history_days en workspace.ini; si no, 90). Un periodo más largo que el anterior descarga una sola vez los mensajes más antiguos.</translation>
    </message>
    <message>
        <source>N|all</source>
        <translation>N|all</translation>
    </message>
    <message>
        <source>textdesk: --history-days takes a number of days (1 or more) or &quot;all&quot;, not &quot;%1&quot;.</source>
        <translation>textdesk: --history-days admite un número de días (1 o más) o &quot;all&quot;, no &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>textdesk: the workspace has no media folder.</source>
        <translation>textdesk: el espacio de trabajo no tiene carpeta multimedia.</translation>
    </message>
    <message>
        <source>pull: %1 new messages, %2 read</source>
        <translation>descarga: %1 mensajes nuevos, %2 leídos</translation>
    </message>
    <message>
        <source>pull stopped: %1</source>
        <translation>descarga detenida: %1</translation>
    </message>
    <message>
        <source>pull: page %1, %2 messages</source>
        <translation>descarga: página %1, %2 mensajes</translation>
    </message>
    <message>
        <source>webhook: message stored in conversation %1</source>
        <translation>webhook: mensaje guardado en la conversación %1</translation>
    </message>
    <message>
        <source>timer: %1 %2</source>
        <translation>temporizador: %1 %2</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>error: %1</translation>
    </message>
    <message>
        <source>outbox: %1 %2 %3</source>
        <translation>bandeja de salida: %1 %2 %3</translation>
    </message>
    <message>
        <source>media: message %1 changed</source>
        <translation>multimedia: mensaje %1 modificado</translation>
    </message>
    <message>
        <source>Keep the workspace in sync without a window, until SIGTERM or SIGINT: pull, webhooks, outbox, attachments, timers. The secret is read from TEXTDESK_AUTH_TOKEN.</source>
        <translation>Mantiene sincronizado el espacio de trabajo sin ventana, hasta recibir SIGTERM o SIGINT: descarga, webhooks, bandeja de salida, adjuntos, temporizadores. El secreto se lee de TEXTDESK_AUTH_TOKEN.</translation>
    </message>
    <message>
        <source>webhooks off: %1</source>
        <translation>webhooks desactivados: %1</translation>
    </message>
    <message>
        <source>webhooks on %1</source>
        <translation>webhooks activos en %1</translation>
    </message>
    <message>
        <source>warning: SIGTERM and SIGINT stop this process without a clean end</source>
        <translation>aviso: SIGTERM y SIGINT detienen este proceso sin un cierre limpio</translation>
    </message>
    <message>
        <source>stopping (signal %1): the pass in progress commits what it has</source>
        <translation>deteniendo (señal %1): la pasada en curso guarda lo que ya tiene</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>detenido</translation>
    </message>
    <message>
        <source>serving %1 (history cached from %2)</source>
        <translation>en servicio: %1 (historial en caché desde %2)</translation>
    </message>
    <message>
        <source>the first pass</source>
        <translation>la primera pasada</translation>
    </message>
    <message>
        <source>webhooks off: with an API key they need the account&apos;s Auth Token (TEXTDESK_WEBHOOK_AUTH_TOKEN) to check their signatures</source>
        <translation>webhooks desactivados: con una clave de API necesitan el Auth Token de la cuenta (TEXTDESK_WEBHOOK_AUTH_TOKEN) para comprobar sus firmas</translation>
    </message>
    <message>
        <source>A lead&apos;s report from the workspace&apos;s cache.</source>
        <translation>Un informe para responsables de equipo a partir de la caché del espacio de trabajo.</translation>
    </message>
    <message>
        <source>First day (YYYY-MM-DD).</source>
        <translation>Primer día (AAAA-MM-DD).</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>FECHA</translation>
    </message>
    <message>
        <source>Last day (YYYY-MM-DD).</source>
        <translation>Último día (AAAA-MM-DD).</translation>
    </message>
    <message>
        <source>Group by agent, number, tag, day, week or month.</source>
        <translation>Agrupa por agent, number, tag, day, week o month.</translation>
    </message>
    <message>
        <source>GROUPING</source>
        <translation>AGRUPACIÓN</translation>
    </message>
    <message>
        <source>csv, json or pdf.</source>
        <translation>csv, json o pdf.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMATO</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>El archivo que se va a escribir.</translation>
    </message>
    <message>
        <source>Only this agent (name).</source>
        <translation>Solo este agente (nombre).</translation>
    </message>
    <message>
        <source>Only this number of ours (+E.164).</source>
        <translation>Solo este número nuestro (+E.164).</translation>
    </message>
    <message>
        <source>Only customers with this tag.</source>
        <translation>Solo los clientes con esta etiqueta.</translation>
    </message>
    <message>
        <source>TAG</source>
        <translation>ETIQUETA</translation>
    </message>
    <message>
        <source>PDF paper: a4 or letter (default: the locale&apos;s).</source>
        <translation>Papel del PDF: a4 o letter (predeterminado: el de la configuración regional).</translation>
    </message>
    <message>
        <source>PAPER</source>
        <translation>PAPEL</translation>
    </message>
    <message>
        <source>csat, nps, ces or response-times.</source>
        <translation>csat, nps, ces o response-times.</translation>
    </message>
    <message>
        <source>textdesk report: %1</source>
        <translation>textdesk report: %1</translation>
    </message>
    <message>
        <source>say which report: csat, nps, ces or response-times.</source>
        <translation>indique qué informe: csat, nps, ces o response-times.</translation>
    </message>
    <message>
        <source>--from and --to need dates written as YYYY-MM-DD, e.g. 2026-03-01.</source>
        <translation>--from y --to necesitan fechas escritas como AAAA-MM-DD, p. ej., 2026-03-01.</translation>
    </message>
    <message>
        <source>--to (%1) is before --from (%2).</source>
        <translation>--to (%1) es anterior a --from (%2).</translation>
    </message>
    <message>
        <source>--by is one of agent, number, tag, day, week or month, not &quot;%1&quot;.</source>
        <translation>--by debe ser agent, number, tag, day, week o month, no &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--format is csv, json or pdf.</source>
        <translation>--format debe ser csv, json o pdf.</translation>
    </message>
    <message>
        <source>--paper is a4 or letter.</source>
        <translation>--paper debe ser a4 o letter.</translation>
    </message>
    <message>
        <source>--output FILE says where to write the report.</source>
        <translation>--output ARCHIVO indica dónde escribir el informe.</translation>
    </message>
    <message>
        <source>textdesk report: there is no workspace in %1.</source>
        <translation>textdesk report: no hay ningún espacio de trabajo en %1.</translation>
    </message>
    <message>
        <source>no agent is called &quot;%1&quot;.</source>
        <translation>ningún agente se llama &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Agent: %1</source>
        <translation>Agente: %1</translation>
    </message>
    <message>
        <source>%1 is not one of the workspace&apos;s numbers.</source>
        <translation>%1 no es uno de los números del espacio de trabajo.</translation>
    </message>
    <message>
        <source>Number: %1</source>
        <translation>Número: %1</translation>
    </message>
    <message>
        <source>there is no tag &quot;%1&quot;.</source>
        <translation>no existe la etiqueta &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Tag: %1</source>
        <translation>Etiqueta: %1</translation>
    </message>
    <message>
        <source>textdesk report: this build cannot write PDF.</source>
        <translation>textdesk report: esta compilación no puede escribir PDF.</translation>
    </message>
    <message>
        <source>textdesk report: cannot write %1: %2</source>
        <translation>textdesk report: no se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>Se ha escrito %1</translation>
    </message>
    <message>
        <source>Read survey replies as Textdesk does and print, per text, one JSON object: score (or null), kind (explicit, inferred or none), opt_out and comment.</source>
        <translation>Interpreta las respuestas a encuestas como lo hace Textdesk e imprime, por cada texto, un objeto JSON: score (o null), kind (explicit, inferred o none), opt_out y comment.</translation>
    </message>
    <message>
        <source>The question: csat (1–5), nps (0–10), ces (1–7) or yesno.</source>
        <translation>La pregunta: csat (1–5), nps (0–10), ces (1–7) o yesno.</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>TIPO</translation>
    </message>
    <message>
        <source>The survey&apos;s language: en, de, es or fr (default en).</source>
        <translation>El idioma de la encuesta: en, de, es o fr (predeterminado: en).</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>IDIOMA</translation>
    </message>
    <message>
        <source>What to do: score.</source>
        <translation>Qué hacer: score.</translation>
    </message>
    <message>
        <source>The replies (after -- if one starts with a dash).</source>
        <translation>Las respuestas (después de -- si alguna empieza por un guion).</translation>
    </message>
    <message>
        <source>textdesk: say what to do with surveys: textdesk survey score --kind csat TEXT…</source>
        <translation>textdesk: indique qué hacer con las encuestas: textdesk survey score --kind csat TEXTO…</translation>
    </message>
    <message>
        <source>textdesk: --kind must be csat, nps, ces or yesno.</source>
        <translation>textdesk: --kind debe ser csat, nps, ces o yesno.</translation>
    </message>
    <message>
        <source>textdesk: give at least one reply to read.</source>
        <translation>textdesk: indique al menos una respuesta para interpretar.</translation>
    </message>
    <message>
        <source>Scheduled:      %1 waiting, %2 held for an agent to confirm</source>
        <translation>Programados:          %1 en espera, %2 retenidos hasta que un agente los confirme</translation>
    </message>
    <message>
        <source>How numbers without +country code are read (e.g. US, DE; default: the workspace&apos;s [phone] default_region, else this computer&apos;s region).</source>
        <translation>Cómo se interpretan los números sin +prefijo de país (p. ej., US, DE; predeterminado: [phone] default_region del espacio de trabajo o, si no, la región de este equipo).</translation>
    </message>
    <message>
        <source>REGION</source>
        <translation>REGIÓN</translation>
    </message>
    <message>
        <source>Contacts in and out of the workspace.</source>
        <translation>Contactos que entran y salen del espacio de trabajo.</translation>
    </message>
    <message>
        <source>csv or vcard.</source>
        <translation>csv o vcard.</translation>
    </message>
    <message>
        <source>vCard version to write: 3 or 4 (default 4).</source>
        <translation>Versión de vCard que se escribe: 3 o 4 (predeterminada: 4).</translation>
    </message>
    <message>
        <source>import, export or undo.</source>
        <translation>import, export o undo.</translation>
    </message>
    <message>
        <source>The file (undo: the import&apos;s number).</source>
        <translation>El archivo (undo: el número de la importación).</translation>
    </message>
    <message>
        <source>textdesk: say what to do: textdesk contacts import|export --workspace DIR FILE [--format csv|vcard], or textdesk contacts undo --workspace DIR NUMBER</source>
        <translation>textdesk: indique qué hacer: textdesk contacts import|export --workspace DIR ARCHIVO [--format csv|vcard], o textdesk contacts undo --workspace DIR NÚMERO</translation>
    </message>
    <message>
        <source>textdesk: --format must be csv or vcard.</source>
        <translation>textdesk: --format debe ser csv o vcard.</translation>
    </message>
    <message>
        <source>“%1” is not an import number.</source>
        <translation>“%1” no es un número de importación.</translation>
    </message>
    <message>
        <source>Import %1 was undone.</source>
        <translation>Se ha deshecho la importación %1.</translation>
    </message>
    <message>
        <source>textdesk: --vcard-version must be 3 or 4.</source>
        <translation>textdesk: --vcard-version debe ser 3 o 4.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n contact(s) to %1.</source>
        <translation>
            <numerusform>Se ha escrito %n contacto en %1.</numerusform>
            <numerusform>Se han escrito %n contactos en %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>textdesk: %1 was not imported; nothing was changed. Correct the lines above and run the import again.</source>
        <translation>textdesk: no se ha importado %1; no se ha cambiado nada. Corrija las líneas anteriores y vuelva a ejecutar la importación.</translation>
    </message>
    <message>
        <source>Read as: %1</source>
        <translation>Interpretado como: %1</translation>
    </message>
    <message>
        <source>Import %1: %2 new, %3 merged with customers already here, %4 repeated in the file, %5 without a number skipped.</source>
        <translation>Importación %1: %2 nuevos, %3 combinados con clientes ya existentes, %4 repetidos en el archivo, %5 sin número omitidos.</translation>
    </message>
    <message>
        <source>To undo it: textdesk contacts undo --workspace %1 %2</source>
        <translation>Para deshacerla: textdesk contacts undo --workspace %1 %2</translation>
    </message>
    <message>
        <source>Bring message history from files into the workspace.</source>
        <translation>Trae al espacio de trabajo el historial de mensajes desde archivos.</translation>
    </message>
    <message>
        <source>JSON pages of the provider&apos;s list, the JSON of its CLI (-o json), or CSV.</source>
        <translation>Páginas JSON de la lista del proveedor, el JSON de su CLI (-o json) o CSV.</translation>
    </message>
    <message>
        <source>textdesk: name the files to import: textdesk import --workspace DIR FILE…</source>
        <translation>textdesk: indique los archivos que se van a importar: textdesk import --workspace DIR ARCHIVO…</translation>
    </message>
    <message>
        <source>Read %1: %2 messages so far</source>
        <translation>Leyendo %1: %2 mensajes hasta ahora</translation>
    </message>
    <message>
        <source>Done: %1 messages read.</source>
        <translation>Hecho: %1 mensajes leídos.</translation>
    </message>
    <message>
        <source>Imported %1 messages; %2 were already here.</source>
        <translation>Se han importado %1 mensajes; %2 ya estaban aquí.</translation>
    </message>
    <message>
        <source>A customer&apos;s right to erasure.</source>
        <translation>El derecho de supresión de un cliente.</translation>
    </message>
    <message>
        <source>Erase without asking (required: there is no undo).</source>
        <translation>Borrar sin preguntar (obligatorio: no se puede deshacer).</translation>
    </message>
    <message>
        <source>What to do: erase.</source>
        <translation>Qué hacer: erase.</translation>
    </message>
    <message>
        <source>textdesk: textdesk privacy erase --workspace DIR --number NUMBER --yes</source>
        <translation>textdesk: textdesk privacy erase --workspace DIR --number NÚMERO --yes</translation>
    </message>
    <message>
        <source>%1: %2 conversations, %3 messages, %4 media files, %5 drafts, %6 outbox entries, %7 survey answers, %8 consent events, and the profile.</source>
        <translation>%1: %2 conversaciones, %3 mensajes, %4 archivos multimedia, %5 borradores, %6 entradas de la bandeja de salida, %7 respuestas a encuestas, %8 eventos de consentimiento y el perfil.</translation>
    </message>
    <message>
        <source>textdesk: this would erase %1 There is no undo: add --yes to erase.</source>
        <translation>textdesk: esto borraría %1 No se puede deshacer: añada --yes para borrar.</translation>
    </message>
    <message>
        <source>textdesk: %1 Nothing was erased.</source>
        <translation>textdesk: %1 No se ha borrado nada.</translation>
    </message>
    <message>
        <source>Erased %1</source>
        <translation>Se ha borrado %1</translation>
    </message>
    <message>
        <source>The text; {{variables}} are filled from the customer&apos;s profile.</source>
        <translation>El texto; las {{variables}} se rellenan con el perfil del cliente.</translation>
    </message>
    <message>
        <source>A template&apos;s shortcut, instead of --body.</source>
        <translation>El atajo de una plantilla, en lugar de --body.</translation>
    </message>
    <message>
        <source>SHORTCUT</source>
        <translation>ATAJO</translation>
    </message>
    <message>
        <source>A value for a template variable (repeat for more).</source>
        <translation>Un valor para una variable de la plantilla (repítalo para más).</translation>
    </message>
    <message>
        <source>NAME=VALUE</source>
        <translation>NOMBRE=VALOR</translation>
    </message>
    <message>
        <source>textdesk: --to and --body (or --template, or --media) are required.</source>
        <translation>textdesk: --to y --body (o --template, o --media) son obligatorios.</translation>
    </message>
    <message>
        <source>textdesk: give --body or --template, not both.</source>
        <translation>textdesk: indique --body o --template, no ambos.</translation>
    </message>
    <message>
        <source>textdesk: there is no template &quot;/%1&quot;.</source>
        <translation>textdesk: no existe la plantilla &quot;/%1&quot;.</translation>
    </message>
    <message>
        <source>textdesk: --var takes NAME=VALUE, not &quot;%1&quot;.</source>
        <translation>textdesk: --var necesita NOMBRE=VALOR, no &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>textdesk: not sent: the message has no value for %1. Give it with --var NAME=VALUE, or a default in the text ({{name|default}}).</source>
        <translation>textdesk: no enviado: el mensaje no tiene ningún valor para %1. Indíquelo con --var NOMBRE=VALOR, o ponga un valor predeterminado en el texto ({{name|default}}).</translation>
    </message>
    <message>
        <source>Instead of the figures, every survey sent in the period with its answer (CSV).</source>
        <translation>En lugar de las cifras, cada encuesta enviada en el período con su respuesta (CSV).</translation>
    </message>
    <message>
        <source>--answers is written as CSV: use --format csv.</source>
        <translation>--answers se escribe como CSV: use --format csv.</translation>
    </message>
    <message>
        <source>answers: %1 of %2</source>
        <translation>respuestas: %1 de %2</translation>
    </message>
    <message>
        <source>reading the figures…</source>
        <translation>leyendo las cifras…</translation>
    </message>
    <message>
        <source>writing %1…</source>
        <translation>escribiendo %1…</translation>
    </message>
    <message>
        <source>textdesk: %1: %2</source>
        <translation>textdesk: %1: %2</translation>
    </message>
    <message>
        <source>Play a scripted set of replies against a training scenario and print the score.</source>
        <translation>Reproduce un conjunto predefinido de respuestas en un escenario de formación e imprime la puntuación.</translation>
    </message>
    <message>
        <source>The scenario: a JSON file or a built-in id (repeat it, or say &quot;all&quot;, to score several with --model-answer).</source>
        <translation>El escenario: un archivo JSON o un id incluido (repítalo, o indique &quot;all&quot;, para puntuar varios con --model-answer).</translation>
    </message>
    <message>
        <source>The replies: a JSON list of {delay_minutes, text, to}.</source>
        <translation>Las respuestas: una lista JSON de {delay_minutes, text, to}.</translation>
    </message>
    <message>
        <source>Play the scenario&apos;s model answer instead of --replies.</source>
        <translation>Reproduce la respuesta modelo del escenario en lugar de --replies.</translation>
    </message>
    <message>
        <source>The customer&apos;s seed (default 1).</source>
        <translation>La semilla del cliente (predeterminada: 1).</translation>
    </message>
    <message>
        <source>The jargon list: one term a line (default: the built-in list).</source>
        <translation>La lista de jerga: un término por línea (predeterminada: la lista incluida).</translation>
    </message>
    <message>
        <source>report: the results file (training-results.jsonl in the workspace folder).</source>
        <translation>report: el archivo de resultados (training-results.jsonl en la carpeta del espacio de trabajo).</translation>
    </message>
    <message>
        <source>report: write the CSV here (default: standard output).</source>
        <translation>report: escribe el CSV aquí (predeterminado: la salida estándar).</translation>
    </message>
    <message>
        <source>What to do: run or list.</source>
        <translation>Qué hacer: run o list.</translation>
    </message>
    <message>
        <source>textdesk: training report needs --results FILE.</source>
        <translation>textdesk: training report necesita --results ARCHIVO.</translation>
    </message>
    <message numerus="yes">
        <source>textdesk: %n damaged line(s) in the results were skipped.</source>
        <translation>
            <numerusform>textdesk: se ha omitido %n línea dañada en los resultados.</numerusform>
            <numerusform>textdesk: se han omitido %n líneas dañadas en los resultados.</numerusform>
        </translation>
    </message>
    <message>
        <source>textdesk: cannot write &quot;%1&quot;: %2</source>
        <translation>textdesk: no se puede escribir &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>textdesk: say what to do: textdesk training run --scenario FILE --replies FILE, textdesk training list, or textdesk training report --results FILE.</source>
        <translation>textdesk: indique qué hacer: textdesk training run --scenario ARCHIVO --replies ARCHIVO, textdesk training list o textdesk training report --results ARCHIVO.</translation>
    </message>
    <message>
        <source>textdesk: training run needs --scenario and either --replies or --model-answer.</source>
        <translation>textdesk: training run necesita --scenario y, además, --replies o --model-answer.</translation>
    </message>
    <message>
        <source>textdesk: --seed must be a whole number, not &quot;%1&quot;.</source>
        <translation>textdesk: --seed debe ser un número entero, no &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>textdesk: several scenarios are played with --model-answer only.</source>
        <translation>textdesk: varios escenarios solo se pueden reproducir con --model-answer.</translation>
    </message>
    <message>
        <source>textdesk: cannot read the jargon list &quot;%1&quot;: %2</source>
        <translation>textdesk: no se puede leer la lista de jerga &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>Overall: %1 of %2 passed, mean score %3</source>
        <translation>En total: %1 de %2 superados, puntuación media %3</translation>
    </message>
    <message>
        <source>there is no template &quot;%1&quot; (give its shortcut or its title).</source>
        <translation>no existe la plantilla &quot;%1&quot; (indique su atajo o su título).</translation>
    </message>
    <message>
        <source>textdesk: cannot read %1: %2</source>
        <translation>textdesk: no se puede leer %1: %2</translation>
    </message>
    <message>
        <source>line %1: </source>
        <translation>línea %1: </translation>
    </message>
    <message>
        <source>%1%2 skipped (%3): %4</source>
        <translation>%1%2 omitido (%3): %4</translation>
    </message>
    <message>
        <source>%1%2 (held until %3): %4</source>
        <translation>%1%2 (retenido hasta %3): %4</translation>
    </message>
    <message>
        <source>%1%2: %3</source>
        <translation>%1%2: %3</translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s): %1 to send (%2 held for quiet hours), %3 skipped</source>
        <translation>
            <numerusform>%n destinatario: %1 por enviar (%2 retenidos por el horario de descanso), %3 omitidos</numerusform>
            <numerusform>%n destinatarios: %1 por enviar (%2 retenidos por el horario de descanso), %3 omitidos</numerusform>
        </translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>textdesk: cannot write %1: %2</source>
        <translation>textdesk: no se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Broadcast %1: %2 of %3 queued</source>
        <translation>Difusión %1: %2 de %3 en cola</translation>
    </message>
    <message>
        <source>Broadcast %1: %2 queued, %3 skipped, %4 cancelled, %5 waiting.</source>
        <translation>Difusión %1: %2 en cola, %3 omitidos, %4 cancelados, %5 en espera.</translation>
    </message>
    <message>
        <source>The rest is held for the customers&apos; quiet hours until %1; it goes out then with &quot;textdesk broadcast --resume&quot;, sync or serve.</source>
        <translation>El resto queda retenido por el horario de descanso de los clientes hasta %1; se enviará entonces con &quot;textdesk broadcast --resume&quot;, sync o serve.</translation>
    </message>
    <message>
        <source>textdesk: not everything has gone out yet; it stays queued and goes out, once, with the next &quot;broadcast --resume&quot;, sync or send.</source>
        <translation>textdesk: todavía no se ha enviado todo; queda en cola y se enviará, una sola vez, con el próximo &quot;broadcast --resume&quot;, sync o send.</translation>
    </message>
    <message>
        <source>Send a template to many customers: those with a tag, or the numbers of a CSV file whose other columns are template variables. Paced per sending number; an interrupted broadcast goes on with --resume and skips or repeats nobody.</source>
        <translation>Envía una plantilla a muchos clientes: los que tienen una etiqueta, o los números de un archivo CSV cuyas otras columnas son variables de la plantilla. El ritmo se controla por número de envío; una difusión interrumpida continúa con --resume sin omitir ni repetir a nadie.</translation>
    </message>
    <message>
        <source>The template&apos;s shortcut or title.</source>
        <translation>El atajo o el título de la plantilla.</translation>
    </message>
    <message>
        <source>A CSV file: a number column and variable columns.</source>
        <translation>Un archivo CSV: una columna de números y columnas de variables.</translation>
    </message>
    <message>
        <source>The customers with this tag.</source>
        <translation>Los clientes con esta etiqueta.</translation>
    </message>
    <message>
        <source>Messages per second from that number (default 1).</source>
        <translation>Mensajes por segundo desde ese número (predeterminado: 1).</translation>
    </message>
    <message>
        <source>Print each recipient&apos;s text and who is skipped; send nothing.</source>
        <translation>Muestra el texto de cada destinatario y a quién se omite; no envía nada.</translation>
    </message>
    <message>
        <source>Go on with the broadcasts an interruption left.</source>
        <translation>Continúa las difusiones que dejó pendientes una interrupción.</translation>
    </message>
    <message>
        <source>Write each recipient&apos;s outcome to this CSV file.</source>
        <translation>Escribe el resultado de cada destinatario en este archivo CSV.</translation>
    </message>
    <message>
        <source>Seconds to wait for the provider at the end (default 60).</source>
        <translation>Segundos de espera al proveedor al final (predeterminado: 60).</translation>
    </message>
    <message>
        <source>textdesk: --rate takes messages per second, more than 0 and at most 1000.</source>
        <translation>textdesk: --rate admite mensajes por segundo, más de 0 y como máximo 1000.</translation>
    </message>
    <message>
        <source>textdesk: give --template and one of --csv or --tag (or --resume).</source>
        <translation>textdesk: indique --template y una de las opciones --csv o --tag (o --resume).</translation>
    </message>
    <message>
        <source>Broadcast %1 stored; sending at %2 per second.</source>
        <translation>Difusión %1 guardada; se envía a %2 por segundo.</translation>
    </message>
    <message>
        <source>Appointment reminders from a CSV file (a number column, a date and time column, and variable columns): one message each, some hours before its date. They go out with the next sync, serve or window that runs at their time.</source>
        <translation>Recordatorios de citas desde un archivo CSV (una columna de números, una columna de fecha y hora y columnas de variables): un mensaje por cita, unas horas antes de su fecha. Se envían con el próximo sync, serve o ventana que se ejecute a su hora.</translation>
    </message>
    <message>
        <source>The appointments.</source>
        <translation>Las citas.</translation>
    </message>
    <message>
        <source>How long before the appointment (default 24).</source>
        <translation>Cuántas horas antes de la cita (predeterminado: 24).</translation>
    </message>
    <message>
        <source>HOURS</source>
        <translation>HORAS</translation>
    </message>
    <message>
        <source>Check the file and print the reminders; store nothing.</source>
        <translation>Comprueba el archivo y muestra los recordatorios; no guarda nada.</translation>
    </message>
    <message>
        <source>textdesk: --hours-before takes a number of hours from 0 to 1440.</source>
        <translation>textdesk: --hours-before admite un número de horas de 0 a 1440.</translation>
    </message>
    <message>
        <source>textdesk: --template and --csv are required.</source>
        <translation>textdesk: --template y --csv son obligatorios.</translation>
    </message>
    <message>
        <source>textdesk: line %1: %2</source>
        <translation>textdesk: línea %1: %2</translation>
    </message>
    <message>
        <source>line %1: %2 at %3: %4</source>
        <translation>línea %1: %2 el %3: %4</translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s) scheduled</source>
        <translation>
            <numerusform>%n recordatorio programado</numerusform>
            <numerusform>%n recordatorios programados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n already scheduled before)</source>
        <translation>
            <numerusform> (%n ya programado antes)</numerusform>
            <numerusform> (%n ya programados antes)</numerusform>
        </translation>
    </message>
    <message>
        <source>textdesk: no password on standard input (--password-stdin: the first line).</source>
        <translation>textdesk: no hay ninguna contraseña en la entrada estándar (--password-stdin: la primera línea).</translation>
    </message>
    <message>
        <source>Here: %1 added, %2 updated, %3 deleted. Server: %4 added, %5 updated, %6 deleted.</source>
        <translation>Aquí: %1 añadidos, %2 actualizados, %3 eliminados. Servidor: %4 añadidos, %5 actualizados, %6 eliminados.</translation>
    </message>
    <message>
        <source>Skipped %1 card(s) without a usable number; kept %2 customer(s) the server deleted, for their conversations.</source>
        <translation>Tarjetas omitidas por no tener un número utilizable: %1; clientes eliminados por el servidor que se conservan por sus conversaciones: %2.</translation>
    </message>
    <message>
        <source>Conflicts: %1 new, %2 open.</source>
        <translation>Conflictos: %1 nuevos, %2 abiertos.</translation>
    </message>
    <message>
        <source>See them with: textdesk contacts carddav conflicts --workspace DIR</source>
        <translation>Para verlos: textdesk contacts carddav conflicts --workspace DIR</translation>
    </message>
    <message>
        <source>textdesk: the sync stopped: %1</source>
        <translation>textdesk: sincronización detenida: %1</translation>
    </message>
    <message>
        <source>Two-way sync with a CardDAV address book.</source>
        <translation>Sincronización bidireccional con una libreta de direcciones CardDAV.</translation>
    </message>
    <message>
        <source>The address book&apos;s URL (remembered in workspace.ini).</source>
        <translation>La URL de la libreta de direcciones (se guarda en workspace.ini).</translation>
    </message>
    <message>
        <source>The user name (remembered in workspace.ini).</source>
        <translation>El nombre de usuario (se guarda en workspace.ini).</translation>
    </message>
    <message>
        <source>USER</source>
        <translation>USUARIO</translation>
    </message>
    <message>
        <source>Read the password or app token from the first line of standard input.</source>
        <translation>Lee la contraseña o el token de aplicación de la primera línea de la entrada estándar.</translation>
    </message>
    <message>
        <source>resolve: which version stands, here or server.</source>
        <translation>resolve: qué versión se conserva, here (la de aquí) o server (la del servidor).</translation>
    </message>
    <message>
        <source>SIDE</source>
        <translation>LADO</translation>
    </message>
    <message>
        <source>How numbers without +country code are read (e.g. US).</source>
        <translation>Cómo se interpretan los números sin +prefijo de país (p. ej., US).</translation>
    </message>
    <message>
        <source>The address book.</source>
        <translation>La libreta de direcciones.</translation>
    </message>
    <message>
        <source>sync, conflicts or resolve.</source>
        <translation>sync, conflicts o resolve.</translation>
    </message>
    <message>
        <source>textdesk: say what to do: textdesk contacts carddav sync --workspace DIR [--url URL --user USER] --password-stdin, textdesk contacts carddav conflicts --workspace DIR, or textdesk contacts carddav resolve --workspace DIR N --keep here|server</source>
        <translation>textdesk: indique qué hacer: textdesk contacts carddav sync --workspace DIR [--url URL --user USUARIO] --password-stdin, textdesk contacts carddav conflicts --workspace DIR, o textdesk contacts carddav resolve --workspace DIR N --keep here|server</translation>
    </message>
    <message>
        <source>textdesk: no address book yet: give --url URL --user USER once.</source>
        <translation>textdesk: todavía no hay ninguna libreta de direcciones: indique una vez --url URL --user USUARIO.</translation>
    </message>
    <message>
        <source>textdesk: give the password or app token on standard input with --password-stdin (never as an argument).</source>
        <translation>textdesk: indique la contraseña o el token de aplicación en la entrada estándar con --password-stdin (nunca como argumento).</translation>
    </message>
    <message>
        <source>No open CardDAV conflicts.</source>
        <translation>No hay conflictos de CardDAV abiertos.</translation>
    </message>
    <message>
        <source>Conflict %1: %2 (found %3)</source>
        <translation>Conflicto %1: %2 (detectado el %3)</translation>
    </message>
    <message>
        <source>Keep one version with: textdesk contacts carddav resolve --workspace DIR N --keep here|server</source>
        <translation>Para conservar una versión: textdesk contacts carddav resolve --workspace DIR N --keep here|server</translation>
    </message>
    <message>
        <source>textdesk: resolve N --keep here|server (N: the conflict&apos;s number).</source>
        <translation>textdesk: resolve N --keep here|server (N: el número del conflicto).</translation>
    </message>
    <message>
        <source>Conflict %1: the version here stands; the next sync sends it.</source>
        <translation>Conflicto %1: se conserva la versión de aquí; la próxima sincronización la enviará.</translation>
    </message>
    <message>
        <source>Conflict %1: the server&apos;s version is now here.</source>
        <translation>Conflicto %1: la versión del servidor ya está aquí.</translation>
    </message>
    <message>
        <source>The workspace&apos;s automation rules.</source>
        <translation>Las reglas de automatización del espacio de trabajo.</translation>
    </message>
    <message>
        <source>test: the customer&apos;s number the sample comes from.</source>
        <translation>test: el número del cliente del que procede el mensaje de prueba.</translation>
    </message>
    <message>
        <source>test: our number it is sent to (default: the customer&apos;s).</source>
        <translation>test: nuestro número al que se envía (predeterminado: el del cliente).</translation>
    </message>
    <message>
        <source>test: when it arrives, e.g. 2026-06-03T22:00 (default: now).</source>
        <translation>test: cuándo llega, p. ej., 2026-06-03T22:00 (predeterminado: ahora).</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>MOMENTO</translation>
    </message>
    <message>
        <source>list, test, export or import.</source>
        <translation>list, test, export o import.</translation>
    </message>
    <message>
        <source>textdesk: say what to do: textdesk rules list --workspace DIR, textdesk rules test --workspace DIR [--from NUMBER] [--to NUMBER] [--at TIME] TEXT, or textdesk rules export|import --workspace DIR FILE</source>
        <translation>textdesk: indique qué hacer: textdesk rules list --workspace DIR, textdesk rules test --workspace DIR [--from NÚMERO] [--to NÚMERO] [--at MOMENTO] TEXTO, o textdesk rules export|import --workspace DIR ARCHIVO</translation>
    </message>
    <message>
        <source>textdesk: nothing was imported:</source>
        <translation>textdesk: no se ha importado nada:</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n rule(s); they replace the ones before.</source>
        <translation>
            <numerusform>Se ha importado %n regla; sustituye a las anteriores.</numerusform>
            <numerusform>Se han importado %n reglas; sustituyen a las anteriores.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n rule(s) to %1.</source>
        <translation>
            <numerusform>Se ha exportado %n regla a %1.</numerusform>
            <numerusform>Se han exportado %n reglas a %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>No rules yet. Import some with textdesk rules import.</source>
        <translation>Todavía no hay reglas. Para importarlas: textdesk rules import.</translation>
    </message>
    <message>
        <source>%1. %2 — %3%4%5</source>
        <translation>%1. %2 — %3%4%5</translation>
    </message>
    <message>
        <source> (away reply)</source>
        <translation> (respuesta de ausencia)</translation>
    </message>
    <message>
        <source> [off]</source>
        <translation> [desactivada]</translation>
    </message>
    <message>
        <source>Business hours of %1: %2</source>
        <translation>Horario de atención de %1: %2</translation>
    </message>
    <message>
        <source>every number</source>
        <translation>todos los números</translation>
    </message>
    <message>
        <source>textdesk: --at %1 is not a time; write it like 2026-06-03T22:00.</source>
        <translation>textdesk: --at %1 no es una fecha y hora; escríbala como 2026-06-03T22:00.</translation>
    </message>
    <message>
        <source>Nothing is sent or changed by a test.</source>
        <translation>Una prueba no envía ni cambia nada.</translation>
    </message>
    <message>
        <source>The FAQ bot&apos;s questions and answers.</source>
        <translation>Las preguntas y respuestas del bot de preguntas frecuentes.</translation>
    </message>
    <message>
        <source>textdesk: say what to do: textdesk faq list --workspace DIR, textdesk faq test --workspace DIR TEXT, or textdesk faq export|import --workspace DIR FILE</source>
        <translation>textdesk: indique qué hacer: textdesk faq list --workspace DIR, textdesk faq test --workspace DIR TEXTO, o textdesk faq export|import --workspace DIR ARCHIVO</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n question(s) into the FAQ; they replace the ones before.</source>
        <translation>
            <numerusform>Se ha importado %n pregunta frecuente; sustituye a las anteriores.</numerusform>
            <numerusform>Se han importado %n preguntas frecuentes; sustituyen a las anteriores.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n FAQ question(s) to %1.</source>
        <translation>
            <numerusform>Se ha exportado %n pregunta frecuente a %1.</numerusform>
            <numerusform>Se han exportado %n preguntas frecuentes a %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>No FAQ yet. Import one with textdesk faq import (a starter FAQ is in resources/faq/starter-faq.json).</source>
        <translation>Todavía no hay preguntas frecuentes. Para importarlas: textdesk faq import (hay unas preguntas frecuentes iniciales en resources/faq/starter-faq.json).</translation>
    </message>
    <message numerus="yes">
        <source>%1. [%2] %3 — %n keyword(s), %4 phrase(s)</source>
        <translation>
            <numerusform>%1. [%2] %3 — %n palabra clave, frases: %4</numerusform>
            <numerusform>%1. [%2] %3 — %n palabras clave, frases: %4</numerusform>
        </translation>
    </message>
    <message>
        <source>The FAQ bot answers “%1” (%2, score %3 of %4 needed):</source>
        <translation>El bot de preguntas frecuentes responde «%1» (%2, %3 de los %4 puntos necesarios):</translation>
    </message>
    <message>
        <source>The FAQ bot hands the conversation to a person: %1.</source>
        <translation>El bot de preguntas frecuentes pasa la conversación a una persona: %1.</translation>
    </message>
    <message>
        <source>The FAQ bot waits for a question: %1.</source>
        <translation>El bot de preguntas frecuentes espera una pregunta: %1.</translation>
    </message>
    <message>
        <source>The FAQ bot is not sure and hands the conversation to a person: %1.</source>
        <translation>El bot de preguntas frecuentes no está seguro y pasa la conversación a una persona: %1.</translation>
    </message>
    <message>
        <source>textdesk: say what to do: textdesk team init --database URL, textdesk team add-agent NAME --role agent|lead|admin --database URL, or textdesk team agents --database URL (add --password-stdin to give the database password on standard input)</source>
        <translation>textdesk: indique qué hacer: textdesk team init --database URL, textdesk team add-agent NAME --role agent|lead|admin --database URL o textdesk team agents --database URL (añada --password-stdin para indicar la contraseña de la base de datos en la entrada estándar)</translation>
    </message>
    <message>
        <source>The team&apos;s shared PostgreSQL store.</source>
        <translation>El almacén PostgreSQL compartido del equipo.</translation>
    </message>
    <message>
        <source>The team database: postgresql://USER@HOST:PORT/DATABASE (no password in it).</source>
        <translation>La base de datos del equipo: postgresql://USER@HOST:PORT/DATABASE (sin contraseña).</translation>
    </message>
    <message>
        <source>The new agent&apos;s role: agent, lead or admin.</source>
        <translation>El rol del nuevo agente: agent, lead o admin.</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>ROL</translation>
    </message>
    <message>
        <source>Read the database password from the first line of standard input.</source>
        <translation>Lee la contraseña de la base de datos de la primera línea de la entrada estándar.</translation>
    </message>
    <message>
        <source>init, add-agent or agents.</source>
        <translation>init, add-agent o agents.</translation>
    </message>
    <message>
        <source>textdesk: the role must be agent, lead or admin, not &quot;%1&quot;.</source>
        <translation>textdesk: el rol debe ser agent, lead o admin, no &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The team database %1 is ready (schema version %2). Add the team with: textdesk team add-agent NAME --role agent|lead|admin --database URL</source>
        <translation>La base de datos del equipo %1 está lista (versión del esquema %2). Para añadir a los miembros del equipo: textdesk team add-agent NAME --role agent|lead|admin --database URL</translation>
    </message>
    <message>
        <source>Added %1 as %2; their database login is %3.</source>
        <translation>Se ha añadido a %1 como %2; su usuario de la base de datos es %3.</translation>
    </message>
    <message>
        <source>Their password, shown only now (give it to them in person or through a password manager; Textdesk keeps it in their computer&apos;s keychain):</source>
        <translation>Contraseña del agente, que solo se muestra ahora (entréguesela en persona o mediante un gestor de contraseñas; Textdesk la guarda en el llavero del equipo del agente):</translation>
    </message>
    <message>
        <source>No agents yet: textdesk team add-agent NAME --role agent --database URL</source>
        <translation>Todavía no hay agentes: textdesk team add-agent NAME --role agent --database URL</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2, login %3): %n open conversation(s)%4</source>
        <translation>
            <numerusform>%1 (%2, usuario %3): %n conversación abierta%4</numerusform>
            <numerusform>%1 (%2, usuario %3): %n conversaciones abiertas%4</numerusform>
        </translation>
    </message>
    <message>
        <source>, inactive</source>
        <translation>, inactivo</translation>
    </message>
    <message>
        <source>Be the team&apos;s gateway: publish into this PostgreSQL database and send its desktops&apos; replies (postgresql://USER@HOST/DATABASE; docs/team.md).</source>
        <translation>Actúa como pasarela del equipo: publica en esta base de datos PostgreSQL y envía las respuestas de sus escritorios (postgresql://USER@HOST/DATABASE; docs/team.md).</translation>
    </message>
    <message>
        <source>Read the team database&apos;s password from the first line of standard input (or libpq&apos;s ~/.pgpass has it).</source>
        <translation>Lee la contraseña de la base de datos del equipo de la primera línea de la entrada estándar (o se toma del ~/.pgpass de libpq).</translation>
    </message>
    <message>
        <source>team: standby: %1</source>
        <translation>equipo: en espera: %1</translation>
    </message>
    <message>
        <source>team: lost the gateway lock (%1); stopping</source>
        <translation>equipo: se ha perdido el bloqueo de la pasarela (%1); deteniendo</translation>
    </message>
    <message>
        <source>team: %1</source>
        <translation>equipo: %1</translation>
    </message>
    <message>
        <source>team: this is the active gateway</source>
        <translation>equipo: esta es la pasarela activa</translation>
    </message>
    <message numerus="yes">
        <source>team: took %n reply(ies) from desktops</source>
        <translation>
            <numerusform>equipo: %n respuesta recogida de los escritorios</numerusform>
            <numerusform>equipo: %n respuestas recogidas de los escritorios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>team: published %n message(s)</source>
        <translation>
            <numerusform>equipo: %n mensaje publicado</numerusform>
            <numerusform>equipo: %n mensajes publicados</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: textdesk [--workspace DIR]
       textdesk COMMAND [options]

Textdesk is a desktop workstation for customer service by text message.
Without a command it opens the main window; with no provider configured that is
the training workspace.

Commands:
  status --workspace DIR [--json]   What the workspace&apos;s cache holds.
  configure --workspace DIR --account-sid AC… [--api-key-sid SK…] [--base-url URL]
                                    Connect the workspace to a provider account; the
                                    secret comes from TEXTDESK_AUTH_TOKEN or stdin.
  configure --workspace DIR --team URL --agent NAME [--password-stdin]
                                    Make it a team desktop: a replica of the team&apos;s
                                    PostgreSQL store (docs/team.md).
  sync --workspace DIR [--once] [--history-days N|all]
                                    Bring the cache up to date with the provider.
  serve --workspace DIR             Keep it up to date without a window (a daemon;
                                    stops on SIGTERM/SIGINT).
  send --workspace DIR --to NUMBER --body TEXT [--from NUMBER] [--media FILE]…
                                    Send a message through the outbox (exactly once).
  broadcast --workspace DIR --template NAME (--csv FILE | --tag TAG) [--from NUMBER]
         [--rate N] [--dry-run] [--report FILE]
                                    A template to many customers, paced (--resume
                                    goes on after an interruption).
  reminders --workspace DIR --template NAME --csv FILE [--hours-before N] [--dry-run]
                                    Appointment reminders, one message each before
                                    its date.
  rules list|test|export|import --workspace DIR [--from NUMBER] [--to NUMBER]
         [--at TIME] (TEXT | FILE)
                                    Automation rules: list them, try one message
                                    (nothing is sent), or move them as JSON.
  faq list|test|export|import --workspace DIR (TEXT | FILE)
                                    The FAQ bot&apos;s questions and answers: list them,
                                    try a message (nothing is sent), or move them
                                    as JSON.
  team init|add-agent NAME --role agent|lead|admin|agents --database URL
         [--password-stdin]
                                    The team&apos;s shared PostgreSQL store: create it,
                                    add an agent (prints their password once), list
                                    the agents and their open conversations.
  survey score --kind csat|nps|ces|yesno [--language L] TEXT…
                                    How survey replies are read (JSON per text).
  report csat|nps|ces|response-times --workspace DIR --from DATE --to DATE
         [--by agent|number|tag|day|week|month] --format csv|json|pdf --output FILE
                                    A lead&apos;s report (dates as YYYY-MM-DD, both included).
  training run --scenario FILE|ID --replies FILE|--model-answer [--json]
                                    Score scripted replies to a training scenario.
  training list                     The built-in training scenarios.
  training report --results FILE [--output FILE]
                                    Per agent: scenarios, scores, trend, weakest checks (CSV).
  contacts import|export --workspace DIR FILE [--format csv|vcard] [--region R]
                                    Contacts in from or out to CSV or vCard (an
                                    import is undone by contacts undo N).
  contacts carddav sync --workspace DIR [--url URL --user USER] --password-stdin
                                    Two-way sync with a CardDAV address book;
                                    contacts carddav conflicts|resolve N --keep
                                    here|server for cards changed on both sides.
  import --workspace DIR FILE…      Message history from the provider&apos;s JSON, its
                                    CLI&apos;s JSON or CSV; what is here is skipped.
  privacy erase --workspace DIR --number N --yes
                                    Erase a customer from this workspace.
  self-check                        Check this installation end to end (a throw-away
                                    training workspace; the user&apos;s data is not touched).

Options:
  --workspace DIR   Use the workspace in DIR (default: %1)
  -h, --help        Show this help.
  -v, --version     Show the version.
</source>
        <translation>Uso: textdesk [--workspace DIR]
     textdesk COMANDO [opciones]

Textdesk es un puesto de trabajo de escritorio para la atención al cliente por
mensajes de texto. Sin un comando, abre la ventana principal; si no hay ningún
proveedor configurado, es el espacio de trabajo de formación.

Comandos:
  status --workspace DIR [--json]   Qué contiene la caché del espacio de trabajo.
  configure --workspace DIR --account-sid AC… [--api-key-sid SK…] [--base-url URL]
                                    Conecta el espacio de trabajo a una cuenta del
                                    proveedor; el secreto se lee de
                                    TEXTDESK_AUTH_TOKEN o de la entrada estándar.
  configure --workspace DIR --team URL --agent NAME [--password-stdin]
                                    Lo convierte en un escritorio del equipo: una
                                    réplica del almacén PostgreSQL del equipo
                                    (docs/team.md).
  sync --workspace DIR [--once] [--history-days N|all]
                                    Pone al día la caché con el proveedor.
  serve --workspace DIR             Lo mantiene al día sin ventana (un demonio;
                                    se detiene con SIGTERM/SIGINT).
  send --workspace DIR --to NÚMERO --body TEXTO [--from NÚMERO] [--media ARCHIVO]…
                                    Envía un mensaje a través de la bandeja de
                                    salida (una sola vez).
  broadcast --workspace DIR --template NOMBRE (--csv ARCHIVO | --tag ETIQUETA)
         [--from NÚMERO] [--rate N] [--dry-run] [--report ARCHIVO]
                                    Una plantilla a muchos clientes, con ritmo
                                    controlado (--resume continúa tras una
                                    interrupción).
  reminders --workspace DIR --template NOMBRE --csv ARCHIVO [--hours-before N]
         [--dry-run]
                                    Recordatorios de citas: un mensaje por cita
                                    antes de su fecha.
  rules list|test|export|import --workspace DIR [--from NÚMERO] [--to NÚMERO]
         [--at MOMENTO] (TEXTO | ARCHIVO)
                                    Reglas de automatización: listarlas, probar un
                                    mensaje (no se envía nada) o trasladarlas
                                    como JSON.
  faq list|test|export|import --workspace DIR (TEXTO | ARCHIVO)
                                    Las preguntas y respuestas del bot de preguntas
                                    frecuentes: listarlas, probar un mensaje (no se
                                    envía nada) o trasladarlas como JSON.
  team init|add-agent NAME --role agent|lead|admin|agents --database URL
         [--password-stdin]
                                    El almacén PostgreSQL compartido del equipo:
                                    crearlo, añadir un agente (muestra su
                                    contraseña una sola vez) o listar los agentes
                                    y sus conversaciones abiertas.
  survey score --kind csat|nps|ces|yesno [--language L] TEXTO…
                                    Cómo se interpretan las respuestas a encuestas
                                    (un JSON por texto).
  report csat|nps|ces|response-times --workspace DIR --from FECHA --to FECHA
         [--by agent|number|tag|day|week|month] --format csv|json|pdf
         --output ARCHIVO
                                    Un informe para responsables de equipo (fechas
                                    como AAAA-MM-DD, ambas incluidas).
  training run --scenario ARCHIVO|ID --replies ARCHIVO|--model-answer [--json]
                                    Puntúa respuestas preparadas para un escenario
                                    de formación.
  training list                     Los escenarios de formación incluidos.
  training report --results ARCHIVO [--output ARCHIVO]
                                    Por agente: escenarios, puntuaciones, tendencia
                                    y comprobaciones más débiles (CSV).
  contacts import|export --workspace DIR ARCHIVO [--format csv|vcard] [--region R]
                                    Contactos desde o hacia CSV o vCard (una
                                    importación se deshace con contacts undo N).
  contacts carddav sync --workspace DIR [--url URL --user USUARIO] --password-stdin
                                    Sincronización bidireccional con una libreta
                                    de direcciones CardDAV; contacts carddav
                                    conflicts|resolve N --keep here|server para
                                    las tarjetas modificadas en ambos lados.
  import --workspace DIR ARCHIVO…   Historial de mensajes desde el JSON del
                                    proveedor, el JSON de su CLI o CSV; lo que
                                    ya está aquí se omite.
  privacy erase --workspace DIR --number N --yes
                                    Borra a un cliente de este espacio de trabajo.
  self-check                        Comprueba esta instalación de principio a fin
                                    (un espacio de trabajo de formación desechable;
                                    no se tocan los datos del usuario).

Opciones:
  --workspace DIR   Usa el espacio de trabajo de DIR (predeterminado: %1)
  -h, --help        Muestra esta ayuda.
  -v, --version     Muestra la versión.
</translation>
    </message>
    <message>
        <source>Join this computer&apos;s workspace to a team: its cache becomes a replica of the team&apos;s store, and the team&apos;s gateway talks to the provider.</source>
        <translation>Une el espacio de trabajo local a un equipo: su caché pasa a ser una réplica del almacén del equipo y la pasarela del equipo se comunica con el proveedor.</translation>
    </message>
    <message>
        <source>The team database: postgresql://HOST:PORT/DATABASE (no password in it).</source>
        <translation>La base de datos del equipo: postgresql://HOST:PORT/DATABASE (sin contraseña).</translation>
    </message>
    <message>
        <source>Your name as the team knows you.</source>
        <translation>Su nombre tal como figura en el equipo.</translation>
    </message>
    <message>
        <source>Read the database password from the first line of standard input, to check it.</source>
        <translation>Lee la contraseña de la base de datos de la primera línea de la entrada estándar, para comprobarla.</translation>
    </message>
    <message>
        <source>textdesk: say who you are in the team: --agent NAME (as &quot;textdesk team agents&quot; lists it).</source>
        <translation>textdesk: indique quién es usted en el equipo: --agent NAME (tal como aparece en &quot;textdesk team agents&quot;).</translation>
    </message>
    <message>
        <source>textdesk: the login %1 is not an active agent of this team.</source>
        <translation>textdesk: el usuario %1 no es un agente activo de este equipo.</translation>
    </message>
    <message>
        <source>textdesk: the login %1 is %2&apos;s, not %3&apos;s.</source>
        <translation>textdesk: el usuario %1 es de %2, no de %3.</translation>
    </message>
    <message>
        <source>textdesk: %1 could not be written.</source>
        <translation>textdesk: no se pudo escribir %1.</translation>
    </message>
    <message>
        <source>This workspace is now %1&apos;s desktop of the team at %2. Textdesk asks for the password when it starts and keeps it in the keychain (or reads ~/.pgpass).</source>
        <translation>Este espacio de trabajo es ahora el escritorio de %1 en el equipo de %2. Textdesk pide la contraseña al iniciarse y la guarda en el llavero (o lee ~/.pgpass).</translation>
    </message>
    <message numerus="yes">
        <source>team: %n reply(ies) another gateway may have sent will be checked first</source>
        <translation>
            <numerusform>team: se comprobará primero %n respuesta que otra pasarela puede haber enviado</numerusform>
            <numerusform>team: se comprobarán primero %n respuestas que otra pasarela puede haber enviado</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>textdesk::Composer</name>
    <message>
        <source>Write a reply… (/ for templates)</source>
        <translation>Escriba una respuesta… (/ para plantillas)</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Enter sends, Shift+Enter starts a new line</source>
        <translation>Intro envía, Mayús+Intro inicia una línea nueva</translation>
    </message>
    <message>
        <source>Ctrl+Enter sends, Enter starts a new line</source>
        <translation>Ctrl+Intro envía, Intro inicia una línea nueva</translation>
    </message>
    <message>
        <source>Why you cannot send</source>
        <translation>Por qué no puede enviar</translation>
    </message>
    <message>
        <source>Before sending</source>
        <translation>Antes de enviar</translation>
    </message>
    <message>
        <source>Attachment notice</source>
        <translation>Aviso sobre adjuntos</translation>
    </message>
    <message>
        <source>Message length</source>
        <translation>Longitud del mensaje</translation>
    </message>
    <message>
        <source>Replace look-alikes</source>
        <translation>Simplificar caracteres</translation>
    </message>
    <message>
        <source>Replace look-alike characters</source>
        <translation>Reemplazar caracteres especiales por sus equivalentes simples</translation>
    </message>
    <message>
        <source>Curly quotes, long dashes and similar characters make a text cost more segments. Replace them with plain ones.</source>
        <translation>Las comillas tipográficas, las rayas y otros caracteres parecidos hacen que el mensaje ocupe más segmentos. Reemplácelos por caracteres simples.</translation>
    </message>
    <message>
        <source>Attach…</source>
        <translation>Adjuntar…</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Adjuntar archivos</translation>
    </message>
    <message>
        <source>Attach pictures or files (at most %1 MB in all)</source>
        <translation>Adjuntar imágenes o archivos (%1 MB como máximo en total)</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Send reply</source>
        <translation>Enviar respuesta</translation>
    </message>
    <message>
        <source>Send (Enter)</source>
        <translation>Enviar (Intro)</translation>
    </message>
    <message>
        <source>Send (Ctrl+Enter)</source>
        <translation>Enviar (Ctrl+Intro)</translation>
    </message>
    <message>
        <source>GSM-7</source>
        <translation>GSM-7</translation>
    </message>
    <message>
        <source>Unicode (because of “%1”)</source>
        <translation>Unicode (por «%1»)</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <comment>segments · encoding · characters left in the segment</comment>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message numerus="yes">
        <source>%n segment(s)</source>
        <translation>
            <numerusform>%n segmento</numerusform>
            <numerusform>%n segmentos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left</source>
        <comment>characters left before another segment</comment>
        <translation>
            <numerusform>queda %n</numerusform>
            <numerusform>quedan %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Fill in %1 before sending</source>
        <translation>Complete %1 antes de enviar</translation>
    </message>
    <message>
        <source>Pictures (*.jpg *.jpeg *.png *.gif *.webp *.heic);;All files (*)</source>
        <translation>Imágenes (*.jpg *.jpeg *.png *.gif *.webp *.heic);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>The pasted picture could not be read.</source>
        <translation>No se ha podido leer la imagen pegada.</translation>
    </message>
    <message>
        <source>The pasted picture could not be saved in %1: %2</source>
        <translation>No se ha podido guardar la imagen pegada en %1: %2</translation>
    </message>
    <message>
        <source>Internal note — not sent to the customer</source>
        <translation>Nota interna — no se envía al cliente</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>Nota interna</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Añadir nota</translation>
    </message>
    <message>
        <source>Add internal note</source>
        <translation>Añadir nota interna</translation>
    </message>
    <message numerus="yes">
        <source>MMS · %n attachment(s)</source>
        <translation>
            <numerusform>MMS · %n adjunto</numerusform>
            <numerusform>MMS · %n adjuntos</numerusform>
        </translation>
    </message>
    <message>
        <source>A scheduled message carries text only. Remove the attachments or send them now.</source>
        <translation>Un mensaje programado solo puede llevar texto. Quite los adjuntos o envíelos ahora.</translation>
    </message>
</context>
<context>
    <name>textdesk::Consent</name>
    <message>
        <source>%1 has opted out of text messages, so nothing can be sent to them until they text START.</source>
        <translation>%1 se ha dado de baja de los mensajes de texto, así que no se le puede enviar nada hasta que escriba START.</translation>
    </message>
    <message>
        <source>%1 opted out of text messages by texting %2, so nothing can be sent to them until they text START.</source>
        <translation>%1 se dio de baja de los mensajes de texto al escribir %2, así que no se le puede enviar nada hasta que escriba START.</translation>
    </message>
    <message>
        <source>%1 asked in their own words to stop messages, so nothing automatic is sent to them until an agent answers the request in the conversation (Opt out or Not a request).</source>
        <translation>%1 pidió con sus propias palabras dejar de recibir mensajes, así que no se le envía nada automático hasta que un agente responda a la solicitud en la conversación (Dar de baja o No es una solicitud).</translation>
    </message>
</context>
<context>
    <name>textdesk::ConsentHistoryView</name>
    <message>
        <source>Consent history</source>
        <translation>Historial de consentimiento</translation>
    </message>
    <message>
        <source>No consent changes recorded.</source>
        <translation>No hay cambios de consentimiento registrados.</translation>
    </message>
    <message>
        <source>Export consent history…</source>
        <translation>Exportar historial de consentimiento…</translation>
    </message>
    <message>
        <source>%1 — %2: %3 (%4)</source>
        <translation>%1 — %2: %3 (%4)</translation>
    </message>
    <message>
        <source>Message: %1</source>
        <translation>Mensaje: %1</translation>
    </message>
    <message>
        <source>To our number %1</source>
        <translation>A nuestro número %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Export consent history</source>
        <translation>Exportar historial de consentimiento</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>textdesk::ContactBook</name>
    <message>
        <source>There is no import number %1.</source>
        <translation>No existe la importación número %1.</translation>
    </message>
    <message>
        <source>Import %1 was undone already.</source>
        <translation>La importación %1 ya se había deshecho.</translation>
    </message>
    <message>
        <source>Import %1 changed some of the same customers later. Undo import %1 first.</source>
        <translation>La importación %1 modificó después algunos de los mismos clientes. Deshaga primero la importación %1.</translation>
    </message>
</context>
<context>
    <name>textdesk::ContactImportDialog</name>
    <message>
        <source>(not imported)</source>
        <translation>(no importado)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Nombre de pila</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Número de teléfono</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>vCard UID</source>
        <translation>UID de vCard</translation>
    </message>
    <message>
        <source>Custom field</source>
        <translation>Campo personalizado</translation>
    </message>
    <message>
        <source>Import contacts</source>
        <translation>Importar contactos</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n card(s).</source>
        <translation>
            <numerusform>%1: %n tarjeta.</numerusform>
            <numerusform>%1: %n tarjetas.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, read as an export of %2. Check what each column holds.</source>
        <translation>%1, interpretado como una exportación de %2. Compruebe qué contiene cada columna.</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>Importado como</translation>
    </message>
    <message>
        <source>First rows</source>
        <translation>Primeras filas</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
</context>
<context>
    <name>textdesk::ContactProfiles</name>
    <message>
        <source>“%1” is not an email address. Check it has the form name@example.com.</source>
        <translation>«%1» no es una dirección de correo electrónico. Compruebe que tiene el formato nombre@ejemplo.com.</translation>
    </message>
    <message>
        <source>This customer is no longer in the cache.</source>
        <translation>Este cliente ya no está en la caché.</translation>
    </message>
    <message>
        <source>This customer is no longer in the cache, so the change was not saved.</source>
        <translation>Este cliente ya no está en la caché, así que el cambio no se ha guardado.</translation>
    </message>
</context>
<context>
    <name>textdesk::ContactsSyncPage</name>
    <message>
        <source>Sync this workspace&apos;s contacts both ways with a CardDAV address book (Nextcloud, Fastmail, iCloud, Google, radicale, …). Contacts → Sync contacts now runs it.</source>
        <translation>Sincroniza en ambos sentidos los contactos de este espacio de trabajo con una libreta de direcciones CardDAV (Nextcloud, Fastmail, iCloud, Google, radicale, …). Se ejecuta con Contactos → Sincronizar contactos ahora.</translation>
    </message>
    <message>
        <source>Address book URL</source>
        <translation>URL de la libreta de direcciones</translation>
    </message>
    <message>
        <source>Address &amp;book URL:</source>
        <translation>URL de la &amp;libreta de direcciones:</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nombre de &amp;usuario:</translation>
    </message>
    <message>
        <source>Password or app token</source>
        <translation>Contraseña o token de aplicación</translation>
    </message>
    <message>
        <source>Kept in the system keychain, never in the workspace.</source>
        <translation>Se guarda en el llavero del sistema, nunca en el espacio de trabajo.</translation>
    </message>
    <message>
        <source>(unchanged: the one in the keychain)</source>
        <translation>(sin cambios: la del llavero)</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Cont&amp;raseña:</translation>
    </message>
    <message>
        <source>Test c&amp;onnection</source>
        <translation>Probar c&amp;onexión</translation>
    </message>
    <message>
        <source>Test the address book connection</source>
        <translation>Probar la conexión con la libreta de direcciones</translation>
    </message>
    <message>
        <source>Address book test result</source>
        <translation>Resultado de la prueba de la libreta de direcciones</translation>
    </message>
    <message>
        <source>Enter the user name of the address book.</source>
        <translation>Introduzca el nombre de usuario de la libreta de direcciones.</translation>
    </message>
    <message>
        <source>Enter the address book&apos;s URL and user name first.</source>
        <translation>Introduzca primero la URL y el nombre de usuario de la libreta de direcciones.</translation>
    </message>
    <message>
        <source>Asking the server…</source>
        <translation>Consultando al servidor…</translation>
    </message>
    <message>
        <source>Enter the password (or app token) of the address book.</source>
        <translation>Introduzca la contraseña (o el token de aplicación) de la libreta de direcciones.</translation>
    </message>
</context>
<context>
    <name>textdesk::ConversationPane</name>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Write an internal note instead of a reply: the customer never sees it (Ctrl+Shift+N)</source>
        <translation>Escribir una nota interna en lugar de una respuesta: el cliente nunca la ve (Ctrl+Mayús+N)</translation>
    </message>
    <message>
        <source>Internal note mode</source>
        <translation>Modo de nota interna</translation>
    </message>
    <message>
        <source>to %1</source>
        <translation>a %1</translation>
    </message>
    <message>
        <source>assigned to %1</source>
        <translation>asignada a %1</translation>
    </message>
    <message>
        <source>unassigned</source>
        <translation>sin asignar</translation>
    </message>
    <message>
        <source>Choose a conversation on the left.
Ctrl+K goes to a customer; Alt+Down opens the next unread one.</source>
        <translation>Elija una conversación a la izquierda.
Ctrl+K va a un cliente; Alt+Abajo abre la siguiente sin leer.</translation>
    </message>
    <message>
        <source>Snoozed until %1</source>
        <translation>Pospuesta hasta %1</translation>
    </message>
    <message>
        <source>Copy text</source>
        <translation>Copiar texto</translation>
    </message>
    <message>
        <source>the FAQ bot answers</source>
        <translation>responde el bot de preguntas frecuentes</translation>
    </message>
    <message>
        <source>This customer has opted out of text messages, so nothing can be sent to them until they text START.</source>
        <translation>Este cliente se ha dado de baja de los mensajes de texto, así que no se le puede enviar nada hasta que escriba START.</translation>
    </message>
    <message>
        <source>You can still add an internal note.</source>
        <translation>Aún se puede añadir una nota interna.</translation>
    </message>
</context>
<context>
    <name>textdesk::EraseCustomerDialog</name>
    <message numerus="yes">
        <source>%n conversation(s)</source>
        <translation>
            <numerusform>%n conversación</numerusform>
            <numerusform>%n conversaciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) and note(s)</source>
        <translation>
            <numerusform>%n mensaje o nota</numerusform>
            <numerusform>%n mensajes y notas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n media file(s)</source>
        <translation>
            <numerusform>%n archivo multimedia</numerusform>
            <numerusform>%n archivos multimedia</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n draft(s)</source>
        <translation>
            <numerusform>%n borrador</numerusform>
            <numerusform>%n borradores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n outbox entry(s)</source>
        <translation>
            <numerusform>%n entrada de la bandeja de salida</numerusform>
            <numerusform>%n entradas de la bandeja de salida</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n survey answer(s)</source>
        <translation>
            <numerusform>%n respuesta a encuestas</numerusform>
            <numerusform>%n respuestas a encuestas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n consent event(s)</source>
        <translation>
            <numerusform>%n evento de consentimiento</numerusform>
            <numerusform>%n eventos de consentimiento</numerusform>
        </translation>
    </message>
    <message>
        <source>Erase %1 from this workspace?

This deletes %2, their profile, tags and notes, and their words from the search. The provider keeps its own copy of the messages.

Only an audit entry remains: who erased a customer and when, without their number or anything they wrote. There is no undo.</source>
        <translation>¿Borrar a %1 de este espacio de trabajo?

Esto elimina %2, su perfil, etiquetas y notas, y sus palabras de la búsqueda. El proveedor conserva su propia copia de los mensajes.

Solo queda una entrada de auditoría: quién borró a un cliente y cuándo, sin su número ni nada de lo que escribió. No se puede deshacer.</translation>
    </message>
    <message>
        <source>Erase customer</source>
        <translation>Borrar cliente</translation>
    </message>
</context>
<context>
    <name>textdesk::Erasure</name>
    <message>
        <source>No customer with the number %1 is in this workspace.</source>
        <translation>No hay ningún cliente con el número %1 en este espacio de trabajo.</translation>
    </message>
</context>
<context>
    <name>textdesk::ImageCanvas</name>
    <message>
        <source>Picture</source>
        <translation>Imagen</translation>
    </message>
</context>
<context>
    <name>textdesk::ImageLoader</name>
    <message>
        <source>The file is missing from the media folder.</source>
        <translation>El archivo no está en la carpeta multimedia.</translation>
    </message>
    <message>
        <source>The picture is too large to show here (%1 × %2 pixels). Open it with the system viewer instead.</source>
        <translation>La imagen es demasiado grande para mostrarla aquí (%1 × %2 píxeles). Ábrala con el visor del sistema.</translation>
    </message>
    <message>
        <source>Textdesk cannot show this kind of picture.</source>
        <translation>Textdesk no puede mostrar este tipo de imagen.</translation>
    </message>
    <message>
        <source>The file could not be read.</source>
        <translation>No se ha podido leer el archivo.</translation>
    </message>
    <message>
        <source>The picture is damaged and cannot be shown.</source>
        <translation>La imagen está dañada y no se puede mostrar.</translation>
    </message>
</context>
<context>
    <name>textdesk::InboxDelegate</name>
    <message>
        <source>Waiting %1</source>
        <translation>En espera: %1</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Sin asignar</translation>
    </message>
    <message>
        <source>Opted out</source>
        <translation>Dado de baja</translation>
    </message>
    <message>
        <source>⚠ Not sent</source>
        <translation>⚠ No enviado</translation>
    </message>
</context>
<context>
    <name>textdesk::InboxModel</name>
    <message numerus="yes">
        <source>%1, %n unread, %2</source>
        <translation>
            <numerusform>%1, %n sin leer, %2</numerusform>
            <numerusform>%1, %n sin leer, %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Draft: %1</source>
        <translation>Borrador: %1</translation>
    </message>
    <message>
        <source> Photo</source>
        <translation> Foto</translation>
    </message>
    <message>
        <source> File</source>
        <translation> Archivo</translation>
    </message>
    <message>
        <source>You: %1</source>
        <translation>Usted: %1</translation>
    </message>
</context>
<context>
    <name>textdesk::InboxPanel</name>
    <message>
        <source>Search conversations</source>
        <translation>Buscar conversaciones</translation>
    </message>
    <message>
        <source>Whose conversations</source>
        <translation>De quién son las conversaciones</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todas</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Mías</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Sin asignar</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Cualquier estado</translation>
    </message>
    <message>
        <source>Our number</source>
        <translation>Nuestro número</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Conversaciones</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Resultados de la búsqueda</translation>
    </message>
    <message>
        <source>All our numbers</source>
        <translation>Todos nuestros números</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Cualquier etiqueta</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Nothing found for “%1”</source>
        <translation>No se ha encontrado nada para «%1»</translation>
    </message>
    <message>
        <source>Search names, numbers, messages (Ctrl+F)</source>
        <translation>Buscar nombres, números, mensajes (Ctrl+F)</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>the newest %n messages</source>
        <translation>
            <numerusform>el %n mensaje más reciente</numerusform>
            <numerusform>los %n mensajes más recientes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n messages</source>
        <translation>
            <numerusform>%n mensaje</numerusform>
            <numerusform>%n mensajes</numerusform>
        </translation>
    </message>
    <message>
        <source>No results</source>
        <translation>No hay resultados</translation>
    </message>
    <message>
        <source>Found: %1</source>
        <translation>Resultados: %1</translation>
    </message>
    <message>
        <source>Found: %1, %2</source>
        <translation>Resultados: %1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%n customers</source>
        <translation>
            <numerusform>%n cliente</numerusform>
            <numerusform>%n clientes</numerusform>
        </translation>
    </message>
    <message>
        <source>Assigned to %1</source>
        <comment>an agent&apos;s name</comment>
        <translation>Asignadas a %1</translation>
    </message>
</context>
<context>
    <name>textdesk::MachineConfig</name>
    <message>
        <source>%1 cannot be read as a settings file; it is ignored.</source>
        <translation>%1 no se puede leer como archivo de configuración; se ignora.</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a proxy address like http://proxy.example.com:3128.</source>
        <translation>&quot;%1&quot; no es una dirección de proxy como http://proxy.example.com:3128.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of %2.</source>
        <translation>&quot;%1&quot; no es ninguno de estos valores: %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither true nor false.</source>
        <translation>&quot;%1&quot; no es ni true ni false.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number in international format (+…).</source>
        <translation>&quot;%1&quot; no es un número de teléfono en formato internacional (+…).</translation>
    </message>
</context>
<context>
    <name>textdesk::MainWindow</name>
    <message>
        <source>Textdesk</source>
        <translation>Textdesk</translation>
    </message>
    <message>
        <source>Training — messages go to simulated customers</source>
        <translation>Formación: los mensajes se envían a clientes simulados</translation>
    </message>
    <message>
        <source>Training workspace</source>
        <translation>Espacio de trabajo de formación</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>Progreso de la sincronización</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Stop this sync; the next one continues where it stopped</source>
        <translation>Detener esta sincronización; la próxima continuará donde se quedó</translation>
    </message>
    <message>
        <source>Stop syncing</source>
        <translation>Detener la sincronización</translation>
    </message>
    <message>
        <source>Outbox: %1 pending</source>
        <translation>Pendientes en la bandeja de salida: %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sincronizar ahora</translation>
    </message>
    <message>
        <source>Notify me of new messages</source>
        <translation>Avisarme de los mensajes nuevos</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Configuración…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <source>Inbox list</source>
        <translation>Bandeja de entrada</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Responder</translation>
    </message>
    <message>
        <source>Next unread conversation</source>
        <translation>Siguiente conversación sin leer</translation>
    </message>
    <message>
        <source>Previous unread conversation</source>
        <translation>Anterior conversación sin leer</translation>
    </message>
    <message>
        <source>Next conversation</source>
        <translation>Siguiente conversación</translation>
    </message>
    <message>
        <source>Previous conversation</source>
        <translation>Anterior conversación</translation>
    </message>
    <message>
        <source>&amp;Conversation</source>
        <translation>&amp;Conversación</translation>
    </message>
    <message>
        <source>Assign to me</source>
        <translation>Asignarme</translation>
    </message>
    <message>
        <source>Unassign</source>
        <translation>Quitar asignación</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Marcar como abierta</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Marcar como pendiente</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Posponer</translation>
    </message>
    <message>
        <source>Snooze: it opens again at the time you choose, or when the customer writes</source>
        <translation>Posponer: se vuelve a abrir a la hora que elija o cuando el cliente escriba</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Resolver</translation>
    </message>
    <message>
        <source>Mark as unread</source>
        <translation>Marcar como no leída</translation>
    </message>
    <message>
        <source>Write an internal note</source>
        <translation>Escribir una nota interna</translation>
    </message>
    <message>
        <source>Retry the failed message</source>
        <translation>Reintentar el mensaje fallido</translation>
    </message>
    <message>
        <source>Edit the failed message</source>
        <translation>Editar el mensaje fallido</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Not connected to the provider: the change was not made.</source>
        <translation>Sin conexión con el proveedor: no se ha hecho el cambio.</translation>
    </message>
    <message>
        <source>Tomorrow 9:00</source>
        <translation>Mañana a las 9:00</translation>
    </message>
    <message>
        <source>In 1 hour</source>
        <translation>Dentro de 1 hora</translation>
    </message>
    <message>
        <source>In 3 hours</source>
        <translation>Dentro de 3 horas</translation>
    </message>
    <message>
        <source>Next Monday 9:00</source>
        <translation>El próximo lunes a las 9:00</translation>
    </message>
    <message>
        <source>No failed message in this conversation.</source>
        <translation>No hay ningún mensaje fallido en esta conversación.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Sincronizando…</translation>
    </message>
    <message>
        <source>Online · last sync %1</source>
        <translation>En línea · última sincronización: %1</translation>
    </message>
    <message>
        <source>Offline: %1</source>
        <translation>Sin conexión: %1</translation>
    </message>
    <message>
        <source>Sync stopped: %1</source>
        <translation>Sincronización detenida: %1</translation>
    </message>
    <message numerus="yes">
        <source>Syncing… %Ln message(s) so far, about %1 to go</source>
        <translation>
            <numerusform>Sincronizando… %Ln mensaje hasta ahora, faltan unos %1</numerusform>
            <numerusform>Sincronizando… %Ln mensajes hasta ahora, faltan unos %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>No enviado: %1</translation>
    </message>
    <message>
        <source>(%1) Textdesk</source>
        <translation>(%1) Textdesk</translation>
    </message>
    <message numerus="yes">
        <source>Textdesk — %n unread</source>
        <translation>
            <numerusform>Textdesk — %n sin leer</numerusform>
            <numerusform>Textdesk — %n sin leer</numerusform>
        </translation>
    </message>
    <message>
        <source>New messages</source>
        <translation>Mensajes nuevos</translation>
    </message>
    <message numerus="yes">
        <source>%n unread message(s) in Textdesk</source>
        <translation>
            <numerusform>%n mensaje sin leer en Textdesk</numerusform>
            <numerusform>%n mensajes sin leer en Textdesk</numerusform>
        </translation>
    </message>
    <message>
        <source>Pictures and files cannot be sent from this workspace yet: the provider fetches them from a web address, and no upload address is set. Your administrator can set upload_url in the [media] section of workspace.ini. Customers&apos; pictures are received and shown.</source>
        <translation>Todavía no se pueden enviar imágenes ni archivos desde este espacio de trabajo: el proveedor los descarga de una dirección web y no hay ninguna dirección de subida configurada. Su administrador puede definir upload_url en la sección [media] de workspace.ini. Las imágenes de los clientes sí se reciben y se muestran.</translation>
    </message>
    <message>
        <source>Go to a customer…</source>
        <translation>Ir a un cliente…</translation>
    </message>
    <message>
        <source>Search messages</source>
        <translation>Buscar mensajes</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>Customer panel</source>
        <translation>Panel del cliente</translation>
    </message>
    <message>
        <source>Pick a date and time…</source>
        <translation>Elegir fecha y hora…</translation>
    </message>
    <message>
        <source>The window is too narrow for the customer panel; widen it to see the panel</source>
        <translation>La ventana es demasiado estrecha para el panel del cliente; ensánchela para ver el panel</translation>
    </message>
    <message>
        <source>Resolved %1 —</source>
        <comment>a customer&apos;s name; an Undo button follows</comment>
        <translation>Conversación con %1 resuelta —</translation>
    </message>
    <message>
        <source>Snoozed %1 until %2 —</source>
        <comment>a customer, a time; an Undo button follows</comment>
        <translation>Conversación con %1 pospuesta hasta %2 —</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Reabrir</translation>
    </message>
    <message>
        <source>Open this conversation again</source>
        <translation>Volver a abrir esta conversación</translation>
    </message>
    <message>
        <source>Resolve: done for now; it opens again when the customer writes</source>
        <translation>Resolver: terminada por ahora; se vuelve a abrir cuando el cliente escriba</translation>
    </message>
    <message>
        <source>Snooze until</source>
        <translation>Posponer hasta</translation>
    </message>
    <message>
        <source>The conversation opens again at this time, or as soon as the customer writes.</source>
        <translation>La conversación se vuelve a abrir a esta hora o en cuanto el cliente escriba.</translation>
    </message>
    <message>
        <source>About Textdesk</source>
        <translation>Acerca de Textdesk</translation>
    </message>
    <message>
        <source>Textdesk %1</source>
        <translation>Textdesk %1</translation>
    </message>
    <message>
        <source>Customer service by text message.

This workspace: %1
Its cache: %2

Built with Qt %3 (LGPL 3), SQLite (public domain), libphonenumber (Apache 2.0) and QtKeychain (BSD).</source>
        <translation>Atención al cliente por mensaje de texto.

Este espacio de trabajo: %1
Su caché: %2

Creado con Qt %3 (LGPL 3), SQLite (dominio público), libphonenumber (Apache 2.0) y QtKeychain (BSD).</translation>
    </message>
    <message>
        <source>About Qt</source>
        <translation>Acerca de Qt</translation>
    </message>
    <message>
        <source>History from %1</source>
        <translation>Historial desde %1</translation>
    </message>
    <message>
        <source>Older messages are not in this computer&apos;s cache. To fetch them, set [sync] history_days in workspace.ini or run: textdesk sync --history-days N (or all)</source>
        <translation>Los mensajes más antiguos no están en la caché de este equipo. Para obtenerlos, configure [sync] history_days en workspace.ini o ejecute: textdesk sync --history-days N (o all)</translation>
    </message>
    <message>
        <source>All history</source>
        <translation>Todo el historial</translation>
    </message>
    <message>
        <source>Everything the provider lists is in the cache.</source>
        <translation>Todo lo que lista el proveedor está en la caché.</translation>
    </message>
    <message>
        <source>Textdesk keeps trying by itself; replies wait in the outbox and go out once the provider can be reached.</source>
        <translation>Textdesk sigue intentándolo por sí solo; las respuestas esperan en la bandeja de salida y se envían en cuanto se puede contactar con el proveedor.</translation>
    </message>
    <message>
        <source>Check the account in Settings (Ctrl+,), then Sync now (F5).</source>
        <translation>Compruebe la cuenta en Configuración (Ctrl+,) y luego pulse Sincronizar ahora (F5).</translation>
    </message>
    <message>
        <source>Not connected: %1</source>
        <translation>No conectado: %1</translation>
    </message>
    <message>
        <source>Open Settings (Ctrl+,) to enter the account, or File → Open the training workspace to practise.</source>
        <translation>Abra Configuración (Ctrl+,) para introducir la cuenta, o Archivo → Abrir el espacio de trabajo de formación para practicar.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>Surveys…</source>
        <translation>Encuestas…</translation>
    </message>
    <message>
        <source>Send survey</source>
        <translation>Enviar encuesta</translation>
    </message>
    <message>
        <source>Reports…</source>
        <translation>Informes…</translation>
    </message>
    <message>
        <source>Templates…</source>
        <translation>Plantillas…</translation>
    </message>
    <message>
        <source>Import contacts…</source>
        <translation>Importar contactos…</translation>
    </message>
    <message>
        <source>New conversation…</source>
        <translation>Nueva conversación…</translation>
    </message>
    <message>
        <source>Scheduled…</source>
        <translation>Programados…</translation>
    </message>
    <message>
        <source>Training…</source>
        <translation>Formación…</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <source>Erase customer</source>
        <translation>Borrar cliente</translation>
    </message>
    <message>
        <source>The cache is not open for changes, so nothing was erased.</source>
        <translation>La caché no está abierta para cambios, así que no se ha borrado nada.</translation>
    </message>
    <message>
        <source>Import contacts</source>
        <translation>Importar contactos</translation>
    </message>
    <message>
        <source>Contacts (*.csv *.vcf *.vcard);;All files (*)</source>
        <translation>Contactos (*.csv *.vcf *.vcard);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Scheduled for %1.</source>
        <translation>Programado para %1.</translation>
    </message>
    <message>
        <source>Edit scheduled message</source>
        <translation>Editar mensaje programado</translation>
    </message>
    <message>
        <source>Scheduled messages</source>
        <translation>Mensajes programados</translation>
    </message>
    <message>
        <source>Messages waiting for their time, and those held for you to confirm. Double-click one to open its conversation.</source>
        <translation>Mensajes que esperan su hora y los retenidos hasta que usted los confirme. Haga doble clic en uno para abrir su conversación.</translation>
    </message>
    <message>
        <source>Scheduled messages: %1</source>
        <translation>Mensajes programados: %1</translation>
    </message>
    <message>
        <source>New broadcast…</source>
        <translation>Nueva difusión…</translation>
    </message>
    <message>
        <source>Rules…</source>
        <translation>Reglas…</translation>
    </message>
    <message>
        <source>Co&amp;ntacts</source>
        <translation>Co&amp;ntactos</translation>
    </message>
    <message>
        <source>Sync contacts now</source>
        <translation>Sincronizar contactos ahora</translation>
    </message>
    <message>
        <source>Contact conflicts…</source>
        <translation>Conflictos de contactos…</translation>
    </message>
    <message>
        <source>Pictures and files cannot be sent from a team desktop yet: the team&apos;s gateway sends what you write, and it does not take files from desktops yet.</source>
        <translation>Todavía no se pueden enviar imágenes ni archivos desde un escritorio del equipo: la pasarela del equipo envía lo que se escribe y aún no acepta archivos de los escritorios.</translation>
    </message>
    <message>
        <source>A colleague replied</source>
        <translation>Ha respondido un compañero</translation>
    </message>
    <message>
        <source>%1 replied to this customer while you had the conversation open:

“%2”

Send your reply as well?</source>
        <translation>%1 respondió a este cliente mientras usted tenía la conversación abierta:

«%2»

¿Enviar también su respuesta?</translation>
    </message>
    <message>
        <source>Send anyway</source>
        <translation>Enviar de todos modos</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Seguir editando</translation>
    </message>
    <message>
        <source>Assign to…</source>
        <translation>Asignar a…</translation>
    </message>
    <message>
        <source>Assign this conversation to anyone on the team (Ctrl+Shift+G)</source>
        <translation>Asignar esta conversación a cualquier miembro del equipo (Ctrl+Shift+G)</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>Each agent&apos;s open, waiting, pending and snoozed conversations</source>
        <translation>Conversaciones abiertas, esperando respuesta, pendientes y pospuestas de cada agente</translation>
    </message>
</context>
<context>
    <name>textdesk::MediaFolder</name>
    <message>
        <source>there is no media folder</source>
        <translation>no hay carpeta multimedia</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>no se puede crear la carpeta %1</translation>
    </message>
</context>
<context>
    <name>textdesk::MediaText</name>
    <message>
        <source>Attachment</source>
        <translation>Adjunto</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Vídeo</translation>
    </message>
    <message>
        <source>Voice recording</source>
        <translation>Nota de voz</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>Documento PDF</translation>
    </message>
    <message>
        <source>Contact card</source>
        <translation>Tarjeta de contacto</translation>
    </message>
    <message>
        <source>Calendar event</source>
        <translation>Evento de calendario</translation>
    </message>
    <message>
        <source>Text file</source>
        <translation>Archivo de texto</translation>
    </message>
    <message>
        <source>File (%1)</source>
        <translation>Archivo (%1)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1
Double-click or press Enter to open</source>
        <translation>%1
Haga doble clic o pulse Intro para abrirlo</translation>
    </message>
    <message>
        <source>attachment</source>
        <comment>file name</comment>
        <translation>adjunto</translation>
    </message>
    <message>
        <source>photo</source>
        <comment>file name</comment>
        <translation>foto</translation>
    </message>
    <message>
        <source>video</source>
        <comment>file name</comment>
        <translation>video</translation>
    </message>
    <message>
        <source>audio</source>
        <comment>file name</comment>
        <translation>audio</translation>
    </message>
    <message>
        <source>document</source>
        <comment>file name</comment>
        <translation>documento</translation>
    </message>
    <message>
        <source>contact</source>
        <comment>file name</comment>
        <translation>contacto</translation>
    </message>
</context>
<context>
    <name>textdesk::MediaViewer</name>
    <message>
        <source>Attachment viewer</source>
        <translation>Visor de adjuntos</translation>
    </message>
    <message>
        <source>Attachment actions</source>
        <translation>Acciones del adjunto</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Alejar</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Acercar</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajustar</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Guardar como…</translation>
    </message>
    <message>
        <source>Open with system viewer</source>
        <translation>Abrir con el visor del sistema</translation>
    </message>
    <message>
        <source>Previous attachment of this message (Left)</source>
        <translation>Adjunto anterior de este mensaje (Izquierda)</translation>
    </message>
    <message>
        <source>Next attachment of this message (Right)</source>
        <translation>Adjunto siguiente de este mensaje (Derecha)</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>Open with the system&apos;s application</source>
        <translation>Abrir con la aplicación del sistema</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>&amp;Guardar como…</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Guardar una copia</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>%1 — %2 of %3</source>
        <translation>%1 — %2 de %3</translation>
    </message>
    <message>
        <source>The file is missing from the media folder.</source>
        <translation>El archivo no está en la carpeta multimedia.</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Copied the picture to the clipboard.</source>
        <translation>Se ha copiado la imagen al portapapeles.</translation>
    </message>
    <message>
        <source>No application on this computer opened the file. Save it and open it from there.</source>
        <translation>Ninguna aplicación de este equipo ha abierto el archivo. Guárdelo y ábralo desde allí.</translation>
    </message>
    <message>
        <source>%1 (*.%2)</source>
        <translation>%1 (*.%2)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Save attachment</source>
        <translation>Guardar adjunto</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>No se ha podido guardar %1: %2</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Guardado en %1</translation>
    </message>
    <message>
        <source>Actual size</source>
        <translation>Tamaño real</translation>
    </message>
</context>
<context>
    <name>textdesk::NewConversationDialog</name>
    <message>
        <source>New conversation</source>
        <translation>Nueva conversación</translation>
    </message>
    <message>
        <source>A phone number in any form, or a customer&apos;s name</source>
        <translation>Un número de teléfono en cualquier formato o el nombre de un cliente</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Para</translation>
    </message>
    <message>
        <source>Customers with that name</source>
        <translation>Clientes con ese nombre</translation>
    </message>
    <message>
        <source>Send from</source>
        <translation>Enviar desde</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Para:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Desde:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>friendly name (number)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Enter the customer&apos;s number or name above.</source>
        <translation>Introduzca arriba el número o el nombre del cliente.</translation>
    </message>
    <message>
        <source>No customer is called “%1”. Type their number instead.</source>
        <translation>Ningún cliente se llama «%1». Escriba su número en su lugar.</translation>
    </message>
    <message>
        <source>%1 — a new customer</source>
        <translation>%1 — un cliente nuevo</translation>
    </message>
    <message>
        <source>To %1</source>
        <translation>Para %1</translation>
    </message>
    <message>
        <source>Textdesk knows none of our numbers yet. Sync once before writing to a customer.</source>
        <translation>Textdesk aún no conoce ninguno de nuestros números. Sincronice una vez antes de escribir a un cliente.</translation>
    </message>
    <message>
        <source>Choose who to write to.</source>
        <translation>Elija a quién escribir.</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>No enviado: %1</translation>
    </message>
    <message>
        <source>Not sent: Textdesk is not connected to the cache yet. Try again in a moment.</source>
        <translation>No enviado: Textdesk aún no está conectado a la caché. Vuelva a intentarlo en un momento.</translation>
    </message>
</context>
<context>
    <name>textdesk::NumbersPage</name>
    <message>
        <source>Numbers come from the provider account: buy or release them there, and Textdesk lists them after its next sync.</source>
        <translation>Los números vienen de la cuenta del proveedor: cómprelos o libérelos allí y Textdesk los mostrará después de la siguiente sincronización.</translation>
    </message>
    <message>
        <source>Our numbers</source>
        <translation>Nuestros números</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>International (E.164)</source>
        <translation>Internacional (E.164)</translation>
    </message>
    <message>
        <source>The cache is not open, so the numbers cannot be shown.</source>
        <translation>La caché no está abierta, así que no se pueden mostrar los números.</translation>
    </message>
    <message>
        <source>No numbers yet: they appear after the first sync with the provider.</source>
        <translation>Todavía no hay números: aparecerán después de la primera sincronización con el proveedor.</translation>
    </message>
</context>
<context>
    <name>textdesk::OlderMessagesBar</name>
    <message>
        <source>Loading older messages</source>
        <translation>Cargando mensajes anteriores</translation>
    </message>
    <message>
        <source>Load older messages</source>
        <translation>Cargar mensajes anteriores</translation>
    </message>
    <message>
        <source>Fetch this customer&apos;s earlier messages from the provider</source>
        <translation>Obtener del proveedor los mensajes anteriores de este cliente</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Stop loading older messages</source>
        <translation>Dejar de cargar mensajes anteriores</translation>
    </message>
    <message>
        <source>Loading older messages…</source>
        <translation>Cargando mensajes anteriores…</translation>
    </message>
    <message>
        <source>Messages before %1 are not on this computer yet.</source>
        <translation>Los mensajes anteriores al %1 aún no están en este equipo.</translation>
    </message>
    <message numerus="yes">
        <source>Loading older messages… %Ln found</source>
        <translation>
            <numerusform>Cargando mensajes anteriores… %Ln encontrado</numerusform>
            <numerusform>Cargando mensajes anteriores… %Ln encontrados</numerusform>
        </translation>
    </message>
    <message>
        <source>Older messages could not be loaded: %1</source>
        <translation>No se han podido cargar los mensajes anteriores: %1</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Volver a intentar</translation>
    </message>
    <message numerus="yes">
        <source>%Ln older message(s) loaded. No older messages.</source>
        <translation>
            <numerusform>%Ln mensaje anterior cargado. No hay mensajes más antiguos.</numerusform>
            <numerusform>%Ln mensajes anteriores cargados. No hay mensajes más antiguos.</numerusform>
        </translation>
    </message>
    <message>
        <source>No older messages</source>
        <translation>No hay mensajes anteriores</translation>
    </message>
</context>
<context>
    <name>textdesk::PhoneNumbers</name>
    <message>
        <source>Enter a phone number.</source>
        <translation>Introduzca un número de teléfono.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no country code Textdesk knows. Start it with + and the country code.</source>
        <translation>&quot;%1&quot; no tiene un prefijo de país que Textdesk conozca. Escríbalo empezando por + y el prefijo del país.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too short to be a phone number.</source>
        <translation>&quot;%1&quot; es demasiado corto para ser un número de teléfono.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too long to be a phone number.</source>
        <translation>&quot;%1&quot; es demasiado largo para ser un número de teléfono.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number.</source>
        <translation>&quot;%1&quot; no es un número de teléfono.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid number in its country.</source>
        <translation>&quot;%1&quot; no es un número válido en su país.</translation>
    </message>
</context>
<context>
    <name>textdesk::PresenceLine</name>
    <message>
        <source>A colleague</source>
        <translation>Un compañero</translation>
    </message>
    <message numerus="yes">
        <source>%1 is typing…</source>
        <translation>
            <numerusform>%1 está escribiendo…</numerusform>
            <numerusform>%1 están escribiendo…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is viewing this conversation</source>
        <translation>
            <numerusform>%1 está viendo esta conversación</numerusform>
            <numerusform>%1 están viendo esta conversación</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>textdesk::ProfilePanel</name>
    <message>
        <source>Customer profile</source>
        <translation>Perfil del cliente</translation>
    </message>
    <message>
        <source>No conversation selected</source>
        <translation>No hay ninguna conversación seleccionada</translation>
    </message>
    <message>
        <source>Customer name</source>
        <translation>Nombre del cliente</translation>
    </message>
    <message>
        <source>Add a name</source>
        <translation>Añadir un nombre</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Customer email</source>
        <translation>Correo electrónico del cliente</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>nombre@ejemplo.com</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Email problem</source>
        <translation>Problema con el correo electrónico</translation>
    </message>
    <message>
        <source>Customer company</source>
        <translation>Empresa del cliente</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation>Etiquetas, separadas por comas</translation>
    </message>
    <message>
        <source>vip, wholesale</source>
        <translation>vip, mayorista</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Notes about the customer</source>
        <translation>Notas sobre el cliente</translation>
    </message>
    <message>
        <source>Anything the next agent should know</source>
        <translation>Todo lo que deba saber el siguiente agente</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Save problem</source>
        <translation>Problema al guardar</translation>
    </message>
    <message>
        <source>Other conversations</source>
        <translation>Otras conversaciones</translation>
    </message>
    <message>
        <source>Other conversations with this customer</source>
        <translation>Otras conversaciones con este cliente</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguna</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>Campos personalizados</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Add field</source>
        <translation>Añadir campo</translation>
    </message>
    <message>
        <source>Add a custom field</source>
        <translation>Añadir un campo personalizado</translation>
    </message>
    <message>
        <source>Remove field</source>
        <translation>Quitar campo</translation>
    </message>
    <message>
        <source>Remove the selected custom field</source>
        <translation>Quitar el campo personalizado seleccionado</translation>
    </message>
    <message>
        <source>No messages</source>
        <translation>Sin mensajes</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2), %n message(s)</source>
        <translation>
            <numerusform>%1 (%2), %n mensaje</numerusform>
            <numerusform>%1 (%2), %n mensajes</numerusform>
        </translation>
    </message>
    <message>
        <source>Opted out by texting %1 on %2</source>
        <translation>Dado de baja al enviar %1 el %2</translation>
    </message>
    <message>
        <source>Opted out by texting %1</source>
        <translation>Dado de baja al enviar %1</translation>
    </message>
    <message>
        <source>Opted out by an agent on %1</source>
        <translation>Dado de baja por un agente el %1</translation>
    </message>
    <message>
        <source>Opted out by an agent</source>
        <translation>Dado de baja por un agente</translation>
    </message>
    <message>
        <source>Opted out with their carrier (reported on %1)</source>
        <translation>Dado de baja con su operador (notificado el %1)</translation>
    </message>
    <message>
        <source>Opted out with their carrier</source>
        <translation>Dado de baja con su operador</translation>
    </message>
    <message>
        <source>Opted out on %1</source>
        <translation>Dado de baja el %1</translation>
    </message>
    <message>
        <source>Opted in by texting %1 on %2</source>
        <translation>Dado de alta al enviar %1 el %2</translation>
    </message>
    <message>
        <source>Opted in by texting %1</source>
        <translation>Dado de alta al enviar %1</translation>
    </message>
    <message>
        <source>Opted in by an agent on %1</source>
        <translation>Dado de alta por un agente el %1</translation>
    </message>
    <message>
        <source>Opted in by an agent</source>
        <translation>Dado de alta por un agente</translation>
    </message>
    <message>
        <source>Opted in on %1</source>
        <translation>Dado de alta el %1</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>ahora mismo</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>hace %n min</numerusform>
            <numerusform>hace %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>ayer</translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>hace %n día</numerusform>
            <numerusform>hace %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>Erase customer…</source>
        <translation>Borrar cliente…</translation>
    </message>
</context>
<context>
    <name>textdesk::ProviderSession</name>
    <message>
        <source>The training simulator could not start: %1</source>
        <translation>No se ha podido iniciar el simulador de formación: %1</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agente</translation>
    </message>
    <message>
        <source>Open Settings (Ctrl+,) to enter the account, or File → Open the training workspace to practise.</source>
        <translation>Abra Configuración (Ctrl+,) para introducir la cuenta, o Archivo → Abrir el espacio de trabajo de formación para practicar.</translation>
    </message>
    <message>
        <source>The training workspace is turned off on this computer by your administrator.</source>
        <translation>Su administrador ha desactivado el espacio de trabajo de formación en este equipo.</translation>
    </message>
    <message>
        <source>Enter the provider account in Settings (Ctrl+,).</source>
        <translation>Introduzca la cuenta del proveedor en Configuración (Ctrl+,).</translation>
    </message>
    <message>
        <source>Start Textdesk again. If it happens again, enter the provider account in Settings (Ctrl+,).</source>
        <translation>Vuelva a iniciar Textdesk. Si vuelve a ocurrir, introduzca la cuenta del proveedor en Configuración (Ctrl+,).</translation>
    </message>
    <message>
        <source>Correct the account in Settings (Ctrl+,), or File → Open the training workspace to practise.</source>
        <translation>Corrija la cuenta en Configuración (Ctrl+,), o Archivo → Abrir el espacio de trabajo de formación para practicar.</translation>
    </message>
    <message>
        <source>No secret for the provider account.</source>
        <translation>No hay ningún secreto para la cuenta del proveedor.</translation>
    </message>
    <message>
        <source>Enter the auth token in Settings (Ctrl+,), set TEXTDESK_AUTH_TOKEN, or File → Open the training workspace to practise.</source>
        <translation>Introduzca el token de autenticación en Configuración (Ctrl+,), defina TEXTDESK_AUTH_TOKEN, o Archivo → Abrir el espacio de trabajo de formación para practicar.</translation>
    </message>
    <message>
        <source>Ask your team&apos;s administrator for the team database&apos;s address, then run &quot;textdesk configure --team URL --agent NAME&quot; again.</source>
        <translation>Pida al administrador de su equipo la dirección de la base de datos del equipo y, después, vuelva a ejecutar &quot;textdesk configure --team URL --agent NAME&quot;.</translation>
    </message>
</context>
<context>
    <name>textdesk::ProviderSettings</name>
    <message>
        <source>Cannot write the workspace settings to %1.</source>
        <translation>No se puede escribir la configuración del espacio de trabajo en %1.</translation>
    </message>
    <message>
        <source>Unknown provider &quot;%1&quot;. Textdesk speaks &quot;twilio&quot;.</source>
        <translation>Proveedor desconocido: &quot;%1&quot;. Textdesk funciona con &quot;twilio&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an Account SID: it starts with AC and has 32 hexadecimal digits.</source>
        <translation>&quot;%1&quot; no es un SID de cuenta: empieza por AC y tiene 32 dígitos hexadecimales.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an API key SID: it starts with SK and has 32 hexadecimal digits.</source>
        <translation>&quot;%1&quot; no es un SID de clave de API: empieza por SK y tiene 32 dígitos hexadecimales.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a web address (https://…).</source>
        <translation>&quot;%1&quot; no es una dirección web (https://…).</translation>
    </message>
    <message>
        <source>The provider address</source>
        <translation>La dirección del proveedor</translation>
    </message>
    <message>
        <source>The media upload address</source>
        <translation>La dirección de subida de archivos multimedia</translation>
    </message>
    <message>
        <source>The webhook public address</source>
        <translation>La dirección pública de los webhooks</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a web address (https://…).</source>
        <translation>%1 &quot;%2&quot; no es una dirección web (https://…).</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; uses plain http. Use https:// (plain http is only accepted for this computer, such as a simulator).</source>
        <translation>%1 &quot;%2&quot; usa http sin cifrar. Use https:// (http sin cifrar solo se acepta para este equipo, por ejemplo, para un simulador).</translation>
    </message>
</context>
<context>
    <name>textdesk::QuickSwitcher</name>
    <message>
        <source>Go to a customer: name or number</source>
        <translation>Ir a un cliente: nombre o número</translation>
    </message>
    <message>
        <source>Quick switcher</source>
        <translation>Selector rápido</translation>
    </message>
    <message>
        <source>Matching conversations</source>
        <translation>Conversaciones coincidentes</translation>
    </message>
    <message>
        <source>to %1</source>
        <translation>a %1</translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n sin leer</numerusform>
            <numerusform>%n sin leer</numerusform>
        </translation>
    </message>
    <message>
        <source>Search messages for “%1”</source>
        <translation>Buscar «%1» en los mensajes</translation>
    </message>
    <message>
        <source>New conversation with “%1”…</source>
        <translation>Nueva conversación con «%1»…</translation>
    </message>
</context>
<context>
    <name>textdesk::RevocationBanner</name>
    <message>
        <source>Opt out</source>
        <translation>Dar de baja</translation>
    </message>
    <message>
        <source>Record that this customer opted out: nothing more can be sent to them until they text START.</source>
        <translation>Registrar que este cliente se dio de baja: no se le podrá enviar nada más hasta que escriba START.</translation>
    </message>
    <message>
        <source>Not a request</source>
        <translation>No es una solicitud</translation>
    </message>
    <message>
        <source>The customer did not ask to stop messages: hide this for good.</source>
        <translation>El cliente no pidió dejar de recibir mensajes: ocultar esto definitivamente.</translation>
    </message>
    <message>
        <source>This customer may be asking to stop messages: &quot;%1&quot;</source>
        <translation>Es posible que este cliente esté pidiendo dejar de recibir mensajes: &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>textdesk::RevocationFlags</name>
    <message>
        <source>This request to stop messages was already answered.</source>
        <translation>Ya se ha respondido a esta solicitud de dejar de recibir mensajes.</translation>
    </message>
</context>
<context>
    <name>textdesk::RuleEditor</name>
    <message>
        <source>Rules</source>
        <translation>Reglas</translation>
    </message>
    <message>
        <source>Rules, in the order they run</source>
        <translation>Reglas, en el orden en que se ejecutan</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nueva</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicar</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>A customer&apos;s message is received</source>
        <translation>Se recibe un mensaje de un cliente</translation>
    </message>
    <message>
        <source>A customer&apos;s first message</source>
        <translation>El primer mensaje de un cliente</translation>
    </message>
    <message>
        <source>A conversation is resolved</source>
        <translation>Se resuelve una conversación</translation>
    </message>
    <message>
        <source>No agent reply within some minutes</source>
        <translation>Sin respuesta de un agente en unos minutos</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Conditions and actions (JSON)</source>
        <translation>Condiciones y acciones (JSON)</translation>
    </message>
    <message>
        <source>Conditions: our_number, tag, no_tag, field, text_contains, text_matches, inside_hours, outside_hours. Actions: reply, assign, tag, status, snooze, note, survey. The format is the one of textdesk rules export (docs/automation.md).</source>
        <translation>Condiciones: our_number, tag, no_tag, field, text_contains, text_matches, inside_hours, outside_hours. Acciones: reply, assign, tag, status, snooze, note, survey. El formato es el de textdesk rules export (docs/automation.md).</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Aplicar</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>Cuándo:</translation>
    </message>
    <message>
        <source>Minutes without a reply:</source>
        <translation>Minutos sin respuesta:</translation>
    </message>
    <message>
        <source>Conditions and actions:</source>
        <translation>Condiciones y acciones:</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>A message a customer might send</source>
        <translation>Un mensaje que podría enviar un cliente</translation>
    </message>
    <message>
        <source>Our number it is sent to (optional)</source>
        <translation>Nuestro número al que se envía (opcional)</translation>
    </message>
    <message>
        <source>The customer&apos;s number (optional: a new customer)</source>
        <translation>El número del cliente (opcional: un cliente nuevo)</translation>
    </message>
    <message>
        <source>Try it</source>
        <translation>Probar</translation>
    </message>
    <message>
        <source>What the saved rules would do</source>
        <translation>Lo que harían las reglas guardadas</translation>
    </message>
    <message>
        <source>Try the saved rules on:</source>
        <translation>Probar las reglas guardadas con:</translation>
    </message>
    <message>
        <source>Sent to:</source>
        <translation>Enviado a:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Desde:</translation>
    </message>
    <message>
        <source>The rules cannot be read: %1</source>
        <translation>No se pueden leer las reglas: %1</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>no se puede leer</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>The box: whether the rule runs.</source>
        <translation>La casilla indica si la regla se ejecuta.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>The rule being edited has changes that are not applied. Discard them?</source>
        <translation>La regla que se está editando tiene cambios sin aplicar. ¿Descartarlos?</translation>
    </message>
    <message>
        <source>The conditions and actions are not valid JSON: %1 (at character %2).</source>
        <translation>Las condiciones y acciones no son un JSON válido: %1 (en el carácter %2).</translation>
    </message>
    <message>
        <source>The conditions and actions must be one JSON object: { … }.</source>
        <translation>Las condiciones y acciones deben ser un único objeto JSON: { … }.</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>Se ha guardado «%1».</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copia)</translation>
    </message>
    <message>
        <source>Added “%1” at the end.</source>
        <translation>Se ha añadido «%1» al final.</translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation>Se ha eliminado «%1».</translation>
    </message>
    <message>
        <source>“%1” runs.</source>
        <translation>«%1» se ejecuta.</translation>
    </message>
    <message>
        <source>“%1” is off: it does not run.</source>
        <translation>«%1» está desactivada: no se ejecuta.</translation>
    </message>
    <message>
        <source>Type a message a customer might send, then Try it.</source>
        <translation>Escriba un mensaje que podría enviar un cliente y, después, pulse Probar.</translation>
    </message>
    <message>
        <source>The test failed: %1</source>
        <translation>La prueba ha fallado: %1</translation>
    </message>
    <message>
        <source>Nothing is sent or changed by a test.</source>
        <translation>Una prueba no envía ni cambia nada.</translation>
    </message>
    <message>
        <source>No rule matches this message.</source>
        <translation>Ninguna regla coincide con este mensaje.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>No se ha guardado: %1</translation>
    </message>
</context>
<context>
    <name>textdesk::ScheduledList</name>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Cancel message</source>
        <translation>Cancelar mensaje</translation>
    </message>
    <message>
        <source>Send now</source>
        <translation>Enviar ahora</translation>
    </message>
    <message>
        <source>Send a held message now</source>
        <translation>Enviar ahora un mensaje retenido</translation>
    </message>
    <message>
        <source>%1 (%2 in %3)</source>
        <translation>%1 (%2 en %3)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 · to %2</source>
        <translation>%1 · para %2</translation>
    </message>
</context>
<context>
    <name>textdesk::SecretStore</name>
    <message>
        <source>The keychain refused: %1</source>
        <translation>El llavero ha rechazado la operación: %1</translation>
    </message>
    <message>
        <source>No keychain service is running, so Textdesk cannot remember the token. A token that passes Test connection is used until Textdesk closes; to have it at every start, start Textdesk with the token in the TEXTDESK_AUTH_TOKEN environment variable.</source>
        <translation>No hay ningún servicio de llavero en ejecución, así que Textdesk no puede recordar el token. Un token que supere Probar conexión se usa hasta que se cierre Textdesk; para tenerlo en cada inicio, inicie Textdesk con el token en la variable de entorno TEXTDESK_AUTH_TOKEN.</translation>
    </message>
    <message>
        <source>The keychain cannot be reached (%1), so Textdesk cannot remember the token. A token that passes Test connection is used until Textdesk closes; to have it at every start, start Textdesk with the token in the TEXTDESK_AUTH_TOKEN environment variable.</source>
        <translation>No se puede acceder al llavero (%1), así que Textdesk no puede recordar el token. Un token que supere Probar conexión se usa hasta que se cierre Textdesk; para tenerlo en cada inicio, inicie Textdesk con el token en la variable de entorno TEXTDESK_AUTH_TOKEN.</translation>
    </message>
</context>
<context>
    <name>textdesk::SelfCheck</name>
    <message>
        <source>the Qt SQLite driver (sqldrivers/libqsqlite) is missing</source>
        <translation>falta el controlador SQLite de Qt (sqldrivers/libqsqlite)</translation>
    </message>
    <message>
        <source>this SQLite has no full-text search (FTS5)</source>
        <translation>este SQLite no tiene búsqueda de texto completo (FTS5)</translation>
    </message>
    <message>
        <source>journal %1, full-text search on</source>
        <translation>journal %1, búsqueda de texto completo activada</translation>
    </message>
    <message>
        <source>libphonenumber did not parse a US number</source>
        <translation>libphonenumber no ha podido analizar un número de EE. UU.</translation>
    </message>
    <message>
        <source>no TLS backend: a real provider (HTTPS) cannot be reached</source>
        <translation>no hay backend TLS: no se puede contactar con un proveedor real (HTTPS)</translation>
    </message>
    <message>
        <source>cannot decode %1 (imageformats plugins missing)</source>
        <translation>no se puede decodificar %1 (faltan los plugins imageformats)</translation>
    </message>
    <message>
        <source>PNG, JPEG, GIF%1</source>
        <translation>PNG, JPEG, GIF%1</translation>
    </message>
    <message>
        <source>embedded translations missing (found: %1)</source>
        <translation>faltan las traducciones integradas (encontradas: %1)</translation>
    </message>
    <message>
        <source>de, es, fr; standard dialogs too</source>
        <translation>de, es, fr; también los diálogos estándar</translation>
    </message>
    <message>
        <source>de, es, fr; Qt&apos;s own (standard dialogs) not found in %1</source>
        <translation>de, es, fr; las propias de Qt (diálogos estándar) no se encuentran en %1</translation>
    </message>
    <message>
        <source>no fonts installed: the window would show no text</source>
        <translation>no hay fuentes instaladas: la ventana no mostraría ningún texto</translation>
    </message>
    <message numerus="yes">
        <source>%n font families</source>
        <translation>
            <numerusform>%n familia tipográfica</numerusform>
            <numerusform>%n familias tipográficas</numerusform>
        </translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>FALLO</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>aviso</translation>
    </message>
    <message>
        <source>Textdesk %1 self-check (Qt %2, platform %3)</source>
        <translation>Autocomprobación de Textdesk %1 (Qt %2, plataforma %3)</translation>
    </message>
    <message>
        <source>Temporary folder</source>
        <translation>Carpeta temporal</translation>
    </message>
    <message>
        <source>SQLite cache</source>
        <translation>Caché SQLite</translation>
    </message>
    <message>
        <source>Phone numbers</source>
        <translation>Números de teléfono</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Imágenes</translation>
    </message>
    <message>
        <source>Translations</source>
        <translation>Traducciones</translation>
    </message>
    <message>
        <source>Fonts</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <source>Training workspace</source>
        <translation>Espacio de trabajo de formación</translation>
    </message>
    <message>
        <source>Training provider</source>
        <translation>Proveedor de formación</translation>
    </message>
    <message>
        <source>Sync from the provider (loopback HTTP)</source>
        <translation>Sincronización desde el proveedor (HTTP por loopback)</translation>
    </message>
    <message numerus="yes">
        <source>%n messages</source>
        <translation>
            <numerusform>%n mensaje</numerusform>
            <numerusform>%n mensajes</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing arrived within %1 s</source>
        <translation>no ha llegado nada en %1 s</translation>
    </message>
    <message>
        <source>Self-check %1</source>
        <translation>Autocomprobación %1</translation>
    </message>
    <message>
        <source>Send through the outbox</source>
        <translation>Envío por la bandeja de salida</translation>
    </message>
    <message>
        <source>accepted and sent</source>
        <translation>aceptado y enviado</translation>
    </message>
    <message>
        <source>the message was not sent within %1 s</source>
        <translation>el mensaje no se ha enviado en %1 s</translation>
    </message>
    <message>
        <source>Main window</source>
        <translation>Ventana principal</translation>
    </message>
    <message>
        <source>painted %1×%2</source>
        <translation>dibujada a %1×%2</translation>
    </message>
    <message>
        <source>could not be painted</source>
        <translation>no se ha podido dibujar</translation>
    </message>
    <message>
        <source>All checks passed.</source>
        <translation>Todas las comprobaciones son correctas.</translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) failed.</source>
        <translation>
            <numerusform>%n comprobación ha fallado.</numerusform>
            <numerusform>%n comprobaciones han fallado.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>textdesk::SendLaterButton</name>
    <message>
        <source>Send later…</source>
        <translation>Enviar más tarde…</translation>
    </message>
    <message>
        <source>More ways to send</source>
        <translation>Más formas de enviar</translation>
    </message>
    <message>
        <source>Send later… (Ctrl+Shift+Enter)</source>
        <translation>Enviar más tarde… (Ctrl+Shift+Enter)</translation>
    </message>
</context>
<context>
    <name>textdesk::SendLaterDialog</name>
    <message>
        <source>Send later</source>
        <translation>Enviar más tarde</translation>
    </message>
    <message>
        <source>My time (%1)</source>
        <translation>Mi hora (%1)</translation>
    </message>
    <message>
        <source>The customer&apos;s time (%1)</source>
        <translation>La hora del cliente (%1)</translation>
    </message>
    <message>
        <source>Cancel it if the customer writes first</source>
        <translation>Cancelarlo si el cliente escribe antes</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Programar</translation>
    </message>
    <message>
        <source>Message:</source>
        <translation>Mensaje:</translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation>Zona horaria:</translation>
    </message>
    <message>
        <source>Send at:</source>
        <translation>Enviar el:</translation>
    </message>
    <message>
        <source>My time: %1 (%2)
The customer&apos;s time: %3 (%4)</source>
        <translation>Mi hora: %1 (%2)
La hora del cliente: %3 (%4)</translation>
    </message>
    <message>
        <source>Write the message first.</source>
        <translation>Escriba primero el mensaje.</translation>
    </message>
    <message>
        <source>That time has already passed. Choose a time in the future.</source>
        <translation>Esa hora ya ha pasado. Elija una hora futura.</translation>
    </message>
    <message>
        <source>That is during the customer&apos;s quiet hours (before 8:00 or after 21:00 their time): it will wait until 8:00 their time.</source>
        <translation>Eso cae en las horas de descanso del cliente (antes de las 8:00 o después de las 21:00 en su hora): esperará hasta las 8:00 de su hora.</translation>
    </message>
</context>
<context>
    <name>textdesk::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Cuenta</translation>
    </message>
    <message>
        <source>Our &amp;numbers</source>
        <translation>Nuestros &amp;números</translation>
    </message>
    <message>
        <source>&amp;You</source>
        <translation>&amp;Agente</translation>
    </message>
    <message>
        <source>A&amp;ppearance</source>
        <translation>A&amp;pariencia</translation>
    </message>
    <message>
        <source>Saving the token in the keychain…</source>
        <translation>Guardando el token en el llavero…</translation>
    </message>
    <message>
        <source>No keychain is available on this computer, so Textdesk cannot remember the token.</source>
        <translation>No hay ningún llavero disponible en este equipo, así que Textdesk no puede recordar el token.</translation>
    </message>
    <message>
        <source>%1
Press OK again to save the account as your own workspace without the token; enter the token there once it opens (it is then used until Textdesk closes).</source>
        <translation>%1
Vuelva a pulsar Aceptar para guardar la cuenta como su propio espacio de trabajo sin el token; introduzca el token allí cuando se abra (entonces se usará hasta que se cierre Textdesk).</translation>
    </message>
    <message>
        <source>%1
The token passed the connection test: press OK again to use it until Textdesk closes. It will not be remembered: next time, enter it here again (or start Textdesk with it in TEXTDESK_AUTH_TOKEN).</source>
        <translation>%1
El token superó la prueba de conexión: vuelva a pulsar Aceptar para usarlo hasta que se cierre Textdesk. No se recordará: la próxima vez, vuelva a introducirlo aquí (o inicie Textdesk con él en TEXTDESK_AUTH_TOKEN).</translation>
    </message>
    <message>
        <source>%1
Test the connection to use the token until Textdesk closes, or press OK again to save the other settings without it.</source>
        <translation>%1
Pruebe la conexión para usar el token hasta que se cierre Textdesk, o vuelva a pulsar Aceptar para guardar los demás ajustes sin él.</translation>
    </message>
    <message>
        <source>&amp;Contacts</source>
        <translation>Con&amp;tactos</translation>
    </message>
    <message>
        <source>Saving the address book&apos;s password in the keychain…</source>
        <translation>Guardando la contraseña de la libreta de direcciones en el llavero…</translation>
    </message>
    <message>
        <source>No keychain is available on this computer, so Textdesk cannot remember the address book&apos;s password.</source>
        <translation>No hay ningún llavero disponible en este equipo, así que Textdesk no puede recordar la contraseña de la libreta de direcciones.</translation>
    </message>
    <message>
        <source>%1
Press OK again to save the address book without it.</source>
        <translation>%1
Vuelva a pulsar Aceptar para guardar la libreta de direcciones sin ella.</translation>
    </message>
</context>
<context>
    <name>textdesk::ShortcutSheet</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>Send the reply</source>
        <translation>Enviar la respuesta</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Intro</translation>
    </message>
    <message>
        <source>New line in the reply</source>
        <translation>Nueva línea en la respuesta</translation>
    </message>
    <message>
        <source>Shift+Enter</source>
        <translation>Mayús+Intro</translation>
    </message>
    <message>
        <source>Insert a template</source>
        <translation>Insertar una plantilla</translation>
    </message>
    <message>
        <source>/ and its name</source>
        <translation>/ y su nombre</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Ventana</translation>
    </message>
    <message>
        <source>Writing a reply</source>
        <translation>Redactar una respuesta</translation>
    </message>
</context>
<context>
    <name>textdesk::SingleInstance</name>
    <message>
        <source>There is no private folder for this user&apos;s sockets (XDG_RUNTIME_DIR), so Textdesk cannot make sure the workspace is open only once.</source>
        <translation>No hay ninguna carpeta privada para los sockets de este usuario (XDG_RUNTIME_DIR), así que Textdesk no puede garantizar que el espacio de trabajo esté abierto una sola vez.</translation>
    </message>
    <message>
        <source>%1 belongs to another user; Textdesk neither talks to it nor removes it.</source>
        <translation>%1 pertenece a otro usuario; Textdesk no se comunica con él ni lo elimina.</translation>
    </message>
    <message>
        <source>Textdesk cannot make sure the workspace is open only once (%1: %2).</source>
        <translation>Textdesk no puede garantizar que el espacio de trabajo esté abierto una sola vez (%1: %2).</translation>
    </message>
</context>
<context>
    <name>textdesk::StatusText</name>
    <message>
        <source>Open</source>
        <translation>Abierta</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>Pospuesta</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resuelta</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>Nota interna</translation>
    </message>
    <message>
        <source>Waiting to send</source>
        <translation>En espera de envío</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Entregado</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Leído</translation>
    </message>
    <message>
        <source>Not delivered</source>
        <translation>No entregado</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>The file is missing from the media folder.</source>
        <translation>El archivo no está en la carpeta multimedia.</translation>
    </message>
    <message>
        <source>Not downloaded yet: the download is under way.</source>
        <translation>Todavía no se ha descargado: la descarga está en curso.</translation>
    </message>
    <message>
        <source>The download did not work.</source>
        <translation>La descarga no ha funcionado.</translation>
    </message>
    <message>
        <source>Textdesk does not keep this kind of attachment.</source>
        <translation>Textdesk no guarda este tipo de adjunto.</translation>
    </message>
    <message>
        <source>Not downloaded yet.</source>
        <translation>Todavía no se ha descargado.</translation>
    </message>
</context>
<context>
    <name>textdesk::StorageError</name>
    <message>
        <source>The file %1 is not a Textdesk cache (it is not an SQLite database). Textdesk did not change it. Choose another workspace folder, or move that file away.</source>
        <translation>El archivo %1 no es una caché de Textdesk (no es una base de datos SQLite). Textdesk no lo ha modificado. Elija otra carpeta de espacio de trabajo o mueva ese archivo a otro sitio.</translation>
    </message>
    <message>
        <source>The cache %1 is damaged. Textdesk keeps the damaged file and builds a fresh cache from your provider; messages not yet sent may be in the damaged copy.</source>
        <translation>La caché %1 está dañada. Textdesk conserva el archivo dañado y crea una caché nueva a partir de su proveedor; los mensajes aún no enviados pueden estar en la copia dañada.</translation>
    </message>
    <message>
        <source>Textdesk cannot write to %1: the file or its folder is read-only. Check the permissions, or choose a workspace folder you can write to.</source>
        <translation>Textdesk no puede escribir en %1: el archivo o su carpeta son de solo lectura. Compruebe los permisos o elija una carpeta de espacio de trabajo en la que pueda escribir.</translation>
    </message>
    <message>
        <source>The disk holding %1 is full. Nothing was lost: free some space and Textdesk will carry on where it stopped.</source>
        <translation>El disco que contiene %1 está lleno. No se ha perdido nada: libere algo de espacio y Textdesk continuará donde se quedó.</translation>
    </message>
    <message>
        <source>The cache %1 was written by a newer version of Textdesk (cache version %2; this version understands up to %3). Install the newer Textdesk, or choose another workspace. The cache was not changed.</source>
        <translation>La caché %1 la escribió una versión más reciente de Textdesk (versión de caché %2; esta versión admite hasta la %3). Instale la versión más reciente de Textdesk o elija otro espacio de trabajo. La caché no se ha modificado.</translation>
    </message>
    <message>
        <source>The cache %1 needs to be upgraded before it can be read. Open it with the Textdesk app first.</source>
        <translation>Hay que actualizar la caché %1 antes de poder leerla. Ábrala primero con la aplicación Textdesk.</translation>
    </message>
    <message>
        <source>The cache %1 is locked by another program. Close other copies of Textdesk and try again.</source>
        <translation>Otro programa tiene bloqueada la caché %1. Cierre las demás instancias de Textdesk y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Textdesk cannot open %1. Check that the folder exists and that it is a file, not a folder.</source>
        <translation>Textdesk no puede abrir %1. Compruebe que la carpeta existe y que se trata de un archivo, no de una carpeta.</translation>
    </message>
    <message>
        <source>The operating system failed to read or write %1. Check the disk, then try again.</source>
        <translation>El sistema operativo no ha podido leer o escribir %1. Compruebe el disco y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Textdesk refused to save a change to %1 because it would break the cache&apos;s rules. Nothing was saved.</source>
        <translation>Textdesk no ha guardado un cambio en %1 porque incumpliría las reglas de la caché. No se ha guardado nada.</translation>
    </message>
    <message>
        <source>Textdesk did not save the change: a value is not valid. Nothing was saved.</source>
        <translation>Textdesk no ha guardado el cambio: hay un valor que no es válido. No se ha guardado nada.</translation>
    </message>
    <message>
        <source>Textdesk could not use the cache %1.</source>
        <translation>Textdesk no ha podido usar la caché %1.</translation>
    </message>
</context>
<context>
    <name>textdesk::SurveyEditor</name>
    <message>
        <source>Satisfaction (CSAT, 1–5)</source>
        <translation>Satisfacción (CSAT, 1–5)</translation>
    </message>
    <message>
        <source>Recommendation (NPS, 0–10)</source>
        <translation>Recomendación (NPS, 0–10)</translation>
    </message>
    <message>
        <source>Effort (CES, 1–7)</source>
        <translation>Esfuerzo (CES, 1–7)</translation>
    </message>
    <message>
        <source>Yes or no</source>
        <translation>Sí o no</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Alemán</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Español</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Francés</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <source>Surveys</source>
        <translation>Encuestas</translation>
    </message>
    <message>
        <source>New survey</source>
        <translation>Nueva encuesta</translation>
    </message>
    <message>
        <source>On: surveys of this kind are sent</source>
        <translation>Activada: se envían encuestas de este tipo</translation>
    </message>
    <message>
        <source>Send when a conversation is resolved</source>
        <translation>Enviar cuando se resuelve una conversación</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>Ask the follow-up below a score of</source>
        <translation>Hacer la pregunta de seguimiento con una puntuación inferior a</translation>
    </message>
    <message>
        <source>Your company&apos;s name, for {{company}}</source>
        <translation>El nombre de su empresa, para {{company}}</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Tipo:</translation>
    </message>
    <message>
        <source>Wait after resolving:</source>
        <translation>Espera tras resolver:</translation>
    </message>
    <message>
        <source>At most once per customer in:</source>
        <translation>Como máximo una vez por cliente en:</translation>
    </message>
    <message>
        <source>Answers accepted for:</source>
        <translation>Respuestas aceptadas durante:</translation>
    </message>
    <message>
        <source>Company:</source>
        <translation>Empresa:</translation>
    </message>
    <message>
        <source>Customers without a language get:</source>
        <translation>Los clientes sin idioma reciben:</translation>
    </message>
    <message>
        <source>Wording in:</source>
        <translation>Textos en:</translation>
    </message>
    <message>
        <source>Question text:</source>
        <translation>Texto de la pregunta:</translation>
    </message>
    <message>
        <source>Follow-up:</source>
        <translation>Seguimiento:</translation>
    </message>
    <message>
        <source>Thank-you:</source>
        <translation>Agradecimiento:</translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation>Vista previa:</translation>
    </message>
    <message>
        <source>%1 (off)</source>
        <comment>a survey that is turned off</comment>
        <translation>%1 (desactivada)</translation>
    </message>
    <message>
        <source>GSM-7</source>
        <translation>GSM-7</translation>
    </message>
    <message>
        <source>Unicode</source>
        <translation>Unicode</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 · %n character(s)</source>
        <comment>segments · encoding · characters</comment>
        <translation>
            <numerusform>%1 · %2 · %n carácter</numerusform>
            <numerusform>%1 · %2 · %n caracteres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n segment(s)</source>
        <translation>
            <numerusform>%n segmento</numerusform>
            <numerusform>%n segmentos</numerusform>
        </translation>
    </message>
    <message>
        <source>Fill in the company&apos;s name: a survey with {{company}} left in it is not sent.</source>
        <translation>Indique el nombre de la empresa: una encuesta que aún contenga {{company}} no se envía.</translation>
    </message>
    <message>
        <source>The question is empty.</source>
        <translation>La pregunta está vacía.</translation>
    </message>
    <message>
        <source>The survey was not saved: %1</source>
        <translation>No se ha guardado la encuesta: %1</translation>
    </message>
    <message>
        <source>Give the survey a name.</source>
        <translation>Asigne un nombre a la encuesta.</translation>
    </message>
</context>
<context>
    <name>textdesk::TeamLoadDock</name>
    <message>
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>Conversations per agent</source>
        <translation>Conversaciones por agente</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agente</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abiertas</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Esperando</translation>
    </message>
    <message>
        <source>Longest wait</source>
        <translation>Espera más larga</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendientes</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>Pospuestas</translation>
    </message>
    <message>
        <source>Open or pending conversations whose customer wrote last: they wait for a reply</source>
        <translation>Conversaciones abiertas o pendientes en las que el cliente escribió el último mensaje: esperan una respuesta</translation>
    </message>
    <message>
        <source>How long the customer who has waited longest has waited</source>
        <translation>Cuánto tiempo lleva esperando el cliente que más ha esperado</translation>
    </message>
    <message>
        <source>The team&apos;s load could not be read: %1</source>
        <translation>No se pudo leer la carga del equipo: %1</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Sin asignar</translation>
    </message>
    <message>
        <source>%1 (you)</source>
        <comment>an agent&apos;s name</comment>
        <translation>%1 (usted)</translation>
    </message>
    <message>
        <source>An agent not known here yet (%1)</source>
        <translation>Un agente aún desconocido aquí (%1)</translation>
    </message>
    <message>
        <source>%1 open, %2 waiting for a reply. Click an agent to see their conversations.</source>
        <translation>%1 abiertas, %2 esperando respuesta. Haga clic en un agente para ver sus conversaciones.</translation>
    </message>
</context>
<context>
    <name>textdesk::TemplateEditor</name>
    <message>
        <source>Templates</source>
        <translation>Plantillas</translation>
    </message>
    <message>
        <source>Show category</source>
        <translation>Mostrar categoría</translation>
    </message>
    <message>
        <source>Filter by shortcut or title</source>
        <translation>Filtrar por atajo o título</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nueva</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importar…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Language of the starter templates</source>
        <translation>Idioma de las plantillas iniciales</translation>
    </message>
    <message>
        <source>Add starter templates</source>
        <translation>Añadir plantillas iniciales</translation>
    </message>
    <message>
        <source>Greeting, order status, refund, appointment, follow-up, closing, out of office and the HELP, frequency, rates and STOP texts. Templates already added are not added again.</source>
        <translation>Saludo, estado del pedido, reembolso, cita, seguimiento, cierre, fuera de la oficina y los textos HELP, frecuencia, tarifas y STOP. Las plantillas ya añadidas no se vuelven a añadir.</translation>
    </message>
    <message>
        <source>one word, typed after / in a reply</source>
        <translation>una palabra, escrita después de / en una respuesta</translation>
    </message>
    <message>
        <source>Hi {{first_name|there}}, … — variables: {{first_name}}, {{agent_name}}, {{company}}, any custom field such as {{order_id}}; a default after |</source>
        <translation>Hola {{first_name|there}}, … — variables: {{first_name}}, {{agent_name}}, {{company}}, cualquier campo personalizado como {{order_id}}; un valor predeterminado después de |</translation>
    </message>
    <message>
        <source>A customer&apos;s name or number</source>
        <translation>El nombre o el número de un cliente</translation>
    </message>
    <message>
        <source>What {{company}} says in every template</source>
        <translation>Lo que indica {{company}} en cada plantilla</translation>
    </message>
    <message>
        <source>Save template</source>
        <translation>Guardar plantilla</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Título:</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Categoría:</translation>
    </message>
    <message>
        <source>Shortcut: /</source>
        <translation>Atajo: /</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>Texto:</translation>
    </message>
    <message>
        <source>Preview for:</source>
        <translation>Vista previa para:</translation>
    </message>
    <message>
        <source>Our company:</source>
        <translation>Nuestra empresa:</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Todas las categorías</translation>
    </message>
    <message>
        <source>a title</source>
        <translation>un título</translation>
    </message>
    <message>
        <source>a one-word shortcut</source>
        <translation>un atajo de una palabra</translation>
    </message>
    <message>
        <source>a text</source>
        <translation>un texto</translation>
    </message>
    <message>
        <source>Another template already has the shortcut /%1. Choose another one.</source>
        <translation>Otra plantilla ya tiene el atajo /%1. Elija otro.</translation>
    </message>
    <message>
        <source>The template needs %1.</source>
        <translation>La plantilla necesita %1.</translation>
    </message>
    <message>
        <source>The template was not saved: %1</source>
        <translation>No se ha guardado la plantilla: %1</translation>
    </message>
    <message>
        <source>Saved /%1.</source>
        <translation>Se ha guardado /%1.</translation>
    </message>
    <message>
        <source>The template was not deleted: %1</source>
        <translation>No se ha eliminado la plantilla: %1</translation>
    </message>
    <message>
        <source>Deleted /%1.</source>
        <translation>Se ha eliminado /%1.</translation>
    </message>
    <message>
        <source>The starter templates were not added: %1</source>
        <translation>No se han añadido las plantillas iniciales: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n starter template(s) added.</source>
        <translation>
            <numerusform>Se ha añadido %n plantilla inicial.</numerusform>
            <numerusform>Se han añadido %n plantillas iniciales.</numerusform>
        </translation>
    </message>
    <message>
        <source>The starter templates in %1 are all there already.</source>
        <translation>Ya están todas las plantillas iniciales en %1.</translation>
    </message>
    <message>
        <source>Template files (*.json)</source>
        <translation>Archivos de plantillas (*.json)</translation>
    </message>
    <message>
        <source>Export templates</source>
        <translation>Exportar plantillas</translation>
    </message>
    <message>
        <source>Import templates</source>
        <translation>Importar plantillas</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>No se ha podido leer %1: %2</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>No se ha importado nada: %1</translation>
    </message>
    <message>
        <source>Nothing was imported. Fix these in the file and try again:
%1</source>
        <translation>No se ha importado nada. Corrija esto en el archivo y vuelva a intentarlo:
%1</translation>
    </message>
    <message numerus="yes">
        <source>%n template(s) added</source>
        <translation>
            <numerusform>%n plantilla añadida</numerusform>
            <numerusform>%n plantillas añadidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n replaced.</source>
        <translation>
            <numerusform>%n reemplazo realizado.</numerusform>
            <numerusform>%n reemplazos realizados.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>No se ha podido escribir %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n template(s) exported to %1.</source>
        <translation>
            <numerusform>%n plantilla exportada a %1.</numerusform>
            <numerusform>%n plantillas exportadas a %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>No customer matches.</source>
        <translation>Ningún cliente coincide.</translation>
    </message>
    <message>
        <source>Pick a customer to see the text as they would read it.</source>
        <translation>Elija un cliente para ver el texto tal como él lo leería.</translation>
    </message>
    <message>
        <source>No value for %1: the agent fills it in before sending, or give it a default ({{name|default}}).</source>
        <translation>No hay ningún valor para %1: el agente lo rellena antes de enviar, o bien indique un valor predeterminado ({{name|default}}).</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>segments · encoding</comment>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%n segment(s)</source>
        <translation>
            <numerusform>%n segmento</numerusform>
            <numerusform>%n segmentos</numerusform>
        </translation>
    </message>
    <message>
        <source>GSM-7</source>
        <translation>GSM-7</translation>
    </message>
    <message>
        <source>Unicode</source>
        <translation>Unicode</translation>
    </message>
</context>
<context>
    <name>textdesk::TemplateJson</name>
    <message>
        <source>The file is not valid JSON (%1 at character %2).</source>
        <translation>El archivo no es un JSON válido (%1 en el carácter %2).</translation>
    </message>
    <message>
        <source>The file is not a Textdesk template file (it has no &quot;format&quot;: &quot;%1&quot;).</source>
        <translation>El archivo no es un archivo de plantillas de Textdesk (no tiene &quot;format&quot;: &quot;%1&quot;).</translation>
    </message>
    <message>
        <source>The file was written by a newer Textdesk (version %1); this one reads version %2.</source>
        <translation>El archivo lo escribió una versión más reciente de Textdesk (versión %1); esta lee la versión %2.</translation>
    </message>
    <message>
        <source>The file has no &quot;templates&quot; list.</source>
        <translation>El archivo no tiene ninguna lista &quot;templates&quot;.</translation>
    </message>
    <message>
        <source>Template %1 is not an object.</source>
        <translation>La plantilla %1 no es un objeto.</translation>
    </message>
    <message>
        <source>it has no shortcut</source>
        <translation>no tiene atajo</translation>
    </message>
    <message>
        <source>its shortcut &quot;%1&quot; is more than one word</source>
        <translation>su atajo &quot;%1&quot; tiene más de una palabra</translation>
    </message>
    <message>
        <source>its shortcut &quot;%1&quot; is used by an earlier template</source>
        <translation>su atajo &quot;%1&quot; ya lo usa una plantilla anterior</translation>
    </message>
    <message>
        <source>it has no title</source>
        <translation>no tiene título</translation>
    </message>
    <message>
        <source>it has no text</source>
        <translation>no tiene texto</translation>
    </message>
    <message>
        <source>Template %1: %2.</source>
        <translation>Plantilla %1: %2.</translation>
    </message>
</context>
<context>
    <name>textdesk::TemplatePopup</name>
    <message>
        <source>Templates</source>
        <translation>Plantillas</translation>
    </message>
    <message>
        <source>Up and Down to pick, Enter or Tab to insert, Escape to close</source>
        <translation>Arriba y Abajo para elegir, Intro o Tab para insertar, Esc para cerrar</translation>
    </message>
    <message>
        <source>/%1 — %2</source>
        <translation>/%1 — %2</translation>
    </message>
</context>
<context>
    <name>textdesk::ThreadDelegate</name>
    <message>
        <source>Internal note</source>
        <translation>Nota interna</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R retries, Ctrl+E edits</source>
        <translation>Ctrl+Mayús+R reintenta, Ctrl+E edita</translation>
    </message>
</context>
<context>
    <name>textdesk::ThreadModel</name>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Usted</translation>
    </message>
    <message>
        <source>%1 at %2: %3 %4</source>
        <translation>%1 a las %2: %3 %4</translation>
    </message>
    <message>
        <source>Survey: yes</source>
        <translation>Encuesta: sí</translation>
    </message>
    <message>
        <source>Survey: no</source>
        <translation>Encuesta: no</translation>
    </message>
    <message>
        <source>%1 %2/%3</source>
        <comment>survey kind, score, scale maximum</comment>
        <translation>%1 %2/%3</translation>
    </message>
    <message>
        <source>%1 (read from words)</source>
        <comment>a survey score guessed from words</comment>
        <translation>%1 (deducida de las palabras)</translation>
    </message>
    <message>
        <source>%1 · sent again</source>
        <translation>%1 · enviado de nuevo</translation>
    </message>
</context>
<context>
    <name>textdesk::ThreadView</name>
    <message>
        <source>Messages</source>
        <translation>Mensajes</translation>
    </message>
</context>
<context>
    <name>textdesk::ThumbnailCache</name>
    <message>
        <source>The file is missing from the media folder.</source>
        <translation>El archivo no está en la carpeta multimedia.</translation>
    </message>
    <message>
        <source>Textdesk cannot show this kind of picture.</source>
        <translation>Textdesk no puede mostrar este tipo de imagen.</translation>
    </message>
    <message>
        <source>The file could not be read.</source>
        <translation>No se ha podido leer el archivo.</translation>
    </message>
    <message>
        <source>The picture is damaged and cannot be shown.</source>
        <translation>La imagen está dañada y no se puede mostrar.</translation>
    </message>
    <message>
        <source>The picture is too large to show.</source>
        <translation>La imagen es demasiado grande para mostrarla.</translation>
    </message>
</context>
<context>
    <name>textdesk::TimeText</name>
    <message>
        <source>now</source>
        <translation>ahora</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Ayer</translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <translation>
            <numerusform>%n d</numerusform>
            <numerusform>%n d</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>day, time: Tue 9:00</comment>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>textdesk::UndoNotice</name>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Undo the last change</source>
        <translation>Deshacer el último cambio</translation>
    </message>
</context>
<context>
    <name>textdesk::WindowHost</name>
    <message>
        <source>Your account is saved as your own workspace, which opens in a window of its own.</source>
        <translation>Su cuenta se ha guardado como su propio espacio de trabajo, que se abre en una ventana propia.</translation>
    </message>
    <message>
        <source>Workspace not opened</source>
        <translation>Espacio de trabajo no abierto</translation>
    </message>
    <message>
        <source>Your account is saved, but Textdesk could not be started again for your own workspace (%1). Start Textdesk again to use it.</source>
        <translation>Su cuenta se ha guardado, pero no se pudo volver a iniciar Textdesk para su propio espacio de trabajo (%1). Vuelva a iniciar Textdesk para usarlo.</translation>
    </message>
    <message>
        <source>Connected with the token typed in Settings, for this session only: without a keychain it is not remembered.</source>
        <translation>Conectado con el token introducido en Ajustes, solo para esta sesión: sin un llavero no se recuerda.</translation>
    </message>
</context>
<context>
    <name>textdesk::automation::BusinessHours</name>
    <message>
        <source>&quot;%1&quot; is not a time zone; write one such as America/Chicago or Europe/Berlin.</source>
        <translation>&quot;%1&quot; no es una zona horaria; indique una como America/Chicago o Europe/Berlin.</translation>
    </message>
    <message>
        <source>Shift %1: the hours must be written like 09:00 and 17:30.</source>
        <translation>Turno %1: las horas deben escribirse como 09:00 y 17:30.</translation>
    </message>
    <message>
        <source>Shift %1 names no day (mon, tue, … sun).</source>
        <translation>El turno %1 no indica ningún día (mon, tue, … sun).</translation>
    </message>
    <message>
        <source>Shift %1: &quot;%2&quot; is not a day; write mon, tue, wed, thu, fri, sat or sun.</source>
        <translation>Turno %1: &quot;%2&quot; no es un día; escriba mon, tue, wed, thu, fri, sat o sun.</translation>
    </message>
    <message>
        <source>Holiday %1: the date must be written like 2026-12-25.</source>
        <translation>Festivo %1: la fecha debe escribirse como 2026-12-25.</translation>
    </message>
    <message>
        <source>never open</source>
        <translation>nunca abierto</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>textdesk::automation::FaqBot</name>
    <message>
        <source>%1. The FAQ bot no longer answers in this conversation.</source>
        <translation>%1. El bot de preguntas frecuentes ya no responde en esta conversación.</translation>
    </message>
    <message>
        <source>FAQ bot</source>
        <translation>Bot de preguntas frecuentes</translation>
    </message>
    <message>
        <source>Customer asked for a person</source>
        <translation>El cliente pidió hablar con una persona</translation>
    </message>
    <message>
        <source>The FAQ bot was not sure: %1</source>
        <translation>El bot de preguntas frecuentes no estaba seguro: %1</translation>
    </message>
    <message>
        <source>the customer opted out of messages</source>
        <translation>el cliente se dio de baja de los mensajes</translation>
    </message>
    <message>
        <source>%1 is a short code</source>
        <translation>%1 es un código corto</translation>
    </message>
    <message>
        <source>the number seems to answer automatically</source>
        <translation>el número parece responder automáticamente</translation>
    </message>
    <message numerus="yes">
        <source>already %n automatic repl(ies) in this conversation in the last hour</source>
        <translation>
            <numerusform>ya hay %n respuesta automática en esta conversación en la última hora</numerusform>
            <numerusform>ya hay %n respuestas automáticas en esta conversación en la última hora</numerusform>
        </translation>
    </message>
    <message>
        <source>the answer to “%1” needs %2, which has no value</source>
        <translation>la respuesta a «%1» necesita %2, que no tiene valor</translation>
    </message>
    <message>
        <source>The FAQ bot did not answer “%1”: %2</source>
        <translation>El bot de preguntas frecuentes no respondió a «%1»: %2</translation>
    </message>
    <message>
        <source>%1 answered “%2” (%3): “%4”</source>
        <translation>%1 respondió a «%2» (%3): «%4»</translation>
    </message>
    <message>
        <source>the customer asked to stop messages, which an agent has to answer first</source>
        <translation>el cliente pidió dejar de recibir mensajes y un agente debe responder primero a esa solicitud</translation>
    </message>
</context>
<context>
    <name>textdesk::automation::FaqFile</name>
    <message>
        <source>The file is not JSON (%1 at character %2).</source>
        <translation>El archivo no es JSON (%1 en el carácter %2).</translation>
    </message>
    <message>
        <source>The file is not a Textdesk FAQ: it needs &quot;format&quot;: &quot;textdesk-faq&quot; and a list of &quot;entries&quot;.</source>
        <translation>El archivo no es un archivo de preguntas frecuentes de Textdesk: necesita &quot;format&quot;: &quot;textdesk-faq&quot; y una lista de &quot;entries&quot;.</translation>
    </message>
    <message>
        <source>The file is a newer FAQ (version %1) than this Textdesk reads (1).</source>
        <translation>El archivo es de una versión de preguntas frecuentes más reciente (versión %1) que la que lee este Textdesk (1).</translation>
    </message>
    <message>
        <source>The file has no entries.</source>
        <translation>El archivo no tiene entradas.</translation>
    </message>
    <message>
        <source>without a question</source>
        <translation>sin pregunta</translation>
    </message>
    <message>
        <source>Entry %1 (%2): %3</source>
        <translation>Entrada %1 (%2): %3</translation>
    </message>
    <message>
        <source>it is not an object with a question and an answer.</source>
        <translation>no es un objeto con una pregunta y una respuesta.</translation>
    </message>
    <message>
        <source>it has no question.</source>
        <translation>no tiene pregunta.</translation>
    </message>
    <message>
        <source>it has no answer.</source>
        <translation>no tiene respuesta.</translation>
    </message>
    <message>
        <source>it has no language (write one of: %1).</source>
        <translation>no tiene idioma (escriba uno de estos: %1).</translation>
    </message>
    <message>
        <source>&quot;keywords&quot; must be a list of words.</source>
        <translation>&quot;keywords&quot; debe ser una lista de palabras.</translation>
    </message>
    <message>
        <source>&quot;phrases&quot; must be a list of texts.</source>
        <translation>&quot;phrases&quot; debe ser una lista de textos.</translation>
    </message>
    <message>
        <source>it has no keywords or phrases with letters, so nothing would find it.</source>
        <translation>no tiene palabras clave ni frases con letras, así que nada la encontraría.</translation>
    </message>
</context>
<context>
    <name>textdesk::automation::FaqMatcher</name>
    <message>
        <source>Customer asked for a person</source>
        <translation>El cliente pidió hablar con una persona</translation>
    </message>
    <message>
        <source>only a greeting or thanks</source>
        <translation>solo un saludo o un agradecimiento</translation>
    </message>
    <message>
        <source>the message has no words it could read</source>
        <translation>el mensaje no tiene palabras que se puedan leer</translation>
    </message>
    <message>
        <source>no question of the FAQ matches “%1”</source>
        <translation>ninguna pregunta frecuente coincide con «%1»</translation>
    </message>
    <message>
        <source>the best match, “%1”, scored %2 of the %3 needed</source>
        <translation>la mejor coincidencia, «%1», obtuvo %2 de los %3 puntos necesarios</translation>
    </message>
    <message>
        <source>“%1” and “%2” match equally well</source>
        <translation>«%1» y «%2» coinciden igual de bien</translation>
    </message>
</context>
<context>
    <name>textdesk::automation::RuleEvaluator</name>
    <message>
        <source>turned off</source>
        <translation>desactivada</translation>
    </message>
    <message>
        <source>waits for another event (%1)</source>
        <translation>espera otro evento (%1)</translation>
    </message>
    <message>
        <source>%1 has no business hours</source>
        <translation>%1 no tiene horario de atención</translation>
    </message>
    <message>
        <source>inside business hours</source>
        <translation>dentro del horario de atención</translation>
    </message>
    <message>
        <source>the away reply already went to this conversation today</source>
        <translation>la respuesta de ausencia ya se envió hoy a esta conversación</translation>
    </message>
    <message numerus="yes">
        <source>an agent wrote in the last %n minute(s)</source>
        <translation>
            <numerusform>un agente escribió en el último %n minuto</numerusform>
            <numerusform>un agente escribió en los últimos %n minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>not on %1</source>
        <translation>no llega a %1</translation>
    </message>
    <message>
        <source>the customer has the tag %1</source>
        <translation>el cliente tiene la etiqueta %1</translation>
    </message>
    <message>
        <source>the customer lacks the tag %1</source>
        <translation>el cliente no tiene la etiqueta %1</translation>
    </message>
    <message>
        <source>the field %1 is not “%2”</source>
        <translation>el campo %1 no es «%2»</translation>
    </message>
    <message>
        <source>the message does not contain “%1”</source>
        <translation>el mensaje no contiene «%1»</translation>
    </message>
    <message>
        <source>the message does not match %1</source>
        <translation>el mensaje no coincide con %1</translation>
    </message>
    <message>
        <source>outside business hours</source>
        <translation>fuera del horario de atención</translation>
    </message>
    <message>
        <source>the customer opted out</source>
        <translation>el cliente se dio de baja</translation>
    </message>
    <message>
        <source>never an automatic reply to a short code</source>
        <translation>nunca una respuesta automática a un código corto</translation>
    </message>
    <message>
        <source>the customer&apos;s number answers automatically</source>
        <translation>el número del cliente responde automáticamente</translation>
    </message>
    <message numerus="yes">
        <source>already %n automatic repl(ies) in this conversation in the last hour</source>
        <translation>
            <numerusform>ya hay %n respuesta automática en esta conversación en la última hora</numerusform>
            <numerusform>ya hay %n respuestas automáticas en esta conversación en la última hora</numerusform>
        </translation>
    </message>
    <message>
        <source>there is no template “%1”</source>
        <translation>no existe la plantilla «%1»</translation>
    </message>
    <message>
        <source>no value for %1</source>
        <translation>no hay ningún valor para %1</translation>
    </message>
    <message>
        <source>No rule runs: %1.</source>
        <translation>No se ejecuta ninguna regla: %1.</translation>
    </message>
    <message>
        <source>– %1: no (%2)</source>
        <translation>– %1: no (%2)</translation>
    </message>
    <message>
        <source>✓ %1:</source>
        <translation>✓ %1:</translation>
    </message>
    <message>
        <source>reply “%1”</source>
        <translation>responder «%1»</translation>
    </message>
    <message>
        <source>note “%1”</source>
        <translation>nota «%1»</translation>
    </message>
    <message>
        <source>assign to %1</source>
        <translation>asignar a %1</translation>
    </message>
    <message>
        <source>tag %1</source>
        <translation>etiquetar con %1</translation>
    </message>
    <message>
        <source>set status %1</source>
        <translation>poner el estado %1</translation>
    </message>
    <message numerus="yes">
        <source>snooze for %n minute(s)</source>
        <translation>
            <numerusform>posponer %n minuto</numerusform>
            <numerusform>posponer %n minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>send the survey</source>
        <translation>enviar la encuesta</translation>
    </message>
    <message>
        <source>%1 — not done: %2</source>
        <translation>%1 — no se hace: %2</translation>
    </message>
    <message>
        <source>%1 — waits for the customer&apos;s quiet hours to end</source>
        <translation>%1 — espera a que termine el horario de descanso del cliente</translation>
    </message>
    <message>
        <source>(the last rule stops the rest)</source>
        <translation>(la última regla detiene las demás)</translation>
    </message>
    <message>
        <source>No rule matches.</source>
        <translation>Ninguna regla coincide.</translation>
    </message>
    <message>
        <source>the customer asked to stop messages and no agent has answered yet</source>
        <translation>el cliente pidió dejar de recibir mensajes y ningún agente ha respondido todavía</translation>
    </message>
</context>
<context>
    <name>textdesk::automation::RuleJson</name>
    <message>
        <source>The rule has no name.</source>
        <translation>La regla no tiene nombre.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of rule; write custom or away.</source>
        <translation>&quot;%1&quot; no es un tipo de regla; escriba custom o away.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an event; write one of: %2.</source>
        <translation>&quot;%1&quot; no es un evento; escriba uno de estos: %2.</translation>
    </message>
    <message>
        <source>A &quot;no agent reply&quot; rule needs &quot;minutes&quot; from 1 to 10080 (a week).</source>
        <translation>Una regla &quot;sin respuesta de un agente&quot; necesita &quot;minutes&quot; de 1 a 10080 (una semana).</translation>
    </message>
    <message>
        <source>&quot;agent_quiet_minutes&quot; cannot be negative.</source>
        <translation>&quot;agent_quiet_minutes&quot; no puede ser negativo.</translation>
    </message>
    <message>
        <source>Condition %1: &quot;%2&quot; is not a condition; write one of: %3.</source>
        <translation>Condición %1: &quot;%2&quot; no es una condición; escriba una de estas: %3.</translation>
    </message>
    <message>
        <source>Condition %1 (%2) needs a value.</source>
        <translation>La condición %1 (%2) necesita un valor.</translation>
    </message>
    <message>
        <source>Condition %1 (field) needs the field&apos;s &quot;name&quot;.</source>
        <translation>La condición %1 (field) necesita el &quot;name&quot; del campo.</translation>
    </message>
    <message>
        <source>Condition %1: the pattern &quot;%2&quot; is not a valid regular expression (%3).</source>
        <translation>Condición %1: el patrón &quot;%2&quot; no es una expresión regular válida (%3).</translation>
    </message>
    <message>
        <source>Action %1: &quot;%2&quot; is not an action; write one of: %3.</source>
        <translation>Acción %1: &quot;%2&quot; no es una acción; escriba una de estas: %3.</translation>
    </message>
    <message>
        <source>Action %1 (%2) needs a &quot;text&quot; or a &quot;template&quot;.</source>
        <translation>La acción %1 (%2) necesita un &quot;text&quot; o un &quot;template&quot;.</translation>
    </message>
    <message>
        <source>Action %1 (assign) needs the &quot;agent&quot;&apos;s name.</source>
        <translation>La acción %1 (assign) necesita el nombre del agente en &quot;agent&quot;.</translation>
    </message>
    <message>
        <source>Action %1 (tag) needs the tag as &quot;value&quot;.</source>
        <translation>La acción %1 (tag) necesita la etiqueta en &quot;value&quot;.</translation>
    </message>
    <message>
        <source>Action %1: &quot;%2&quot; is not a status; write open, pending or resolved (or use a snooze action).</source>
        <translation>Acción %1: &quot;%2&quot; no es un estado; escriba open, pending o resolved (o use una acción snooze).</translation>
    </message>
    <message>
        <source>Action %1 (snooze) needs &quot;minutes&quot;, at least 1.</source>
        <translation>La acción %1 (snooze) necesita &quot;minutes&quot;, al menos 1.</translation>
    </message>
    <message>
        <source>The rule does nothing: give it at least one action.</source>
        <translation>La regla no hace nada: añádale al menos una acción.</translation>
    </message>
    <message>
        <source>An away reply answers a received message with a reply.</source>
        <translation>Una respuesta de ausencia contesta a un mensaje recibido con una respuesta.</translation>
    </message>
    <message>
        <source>The file is not JSON (%1 at character %2).</source>
        <translation>El archivo no es JSON (%1 en el carácter %2).</translation>
    </message>
    <message>
        <source>The file is not a Textdesk rules file (its &quot;format&quot; is not &quot;textdesk-rules&quot;).</source>
        <translation>El archivo no es un archivo de reglas de Textdesk (su &quot;format&quot; no es &quot;textdesk-rules&quot;).</translation>
    </message>
    <message>
        <source>Rule %1 (“%2”): %3</source>
        <translation>Regla %1 («%2»): %3</translation>
    </message>
</context>
<context>
    <name>textdesk::automation::RuleRunner</name>
    <message>
        <source>Rule “%1” cannot be read: %2</source>
        <translation>No se puede leer la regla «%1»: %2</translation>
    </message>
    <message>
        <source>The business hours of %1 cannot be read: %2</source>
        <translation>No se puede leer el horario de atención de %1: %2</translation>
    </message>
    <message>
        <source>did not %1: %2</source>
        <translation>no se realizó %1: %2</translation>
    </message>
    <message>
        <source>did not reply: %1</source>
        <translation>no se respondió: %1</translation>
    </message>
    <message>
        <source>replied “%1”</source>
        <translation>se respondió «%1»</translation>
    </message>
    <message>
        <source>assigned to %1</source>
        <translation>se asignó a %1</translation>
    </message>
    <message>
        <source>tagged %1</source>
        <translation>se etiquetó con %1</translation>
    </message>
    <message numerus="yes">
        <source>snoozed for %n minute(s)</source>
        <translation>
            <numerusform>se pospuso %n minuto</numerusform>
            <numerusform>se pospuso %n minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>set the status to %1</source>
        <translation>se puso el estado %1</translation>
    </message>
    <message>
        <source>wrote a note</source>
        <translation>se escribió una nota</translation>
    </message>
    <message>
        <source>sent the survey</source>
        <translation>se envió la encuesta</translation>
    </message>
    <message>
        <source>did not send the survey: %1</source>
        <translation>no se envió la encuesta: %1</translation>
    </message>
    <message>
        <source>Rule “%1”: %2.</source>
        <translation>Regla «%1»: %2.</translation>
    </message>
    <message>
        <source>STOP, START and HELP are handled by the consent rules, before any rule</source>
        <translation>STOP, START y HELP se gestionan con las reglas de consentimiento, antes que cualquier regla</translation>
    </message>
    <message>
        <source>Rule “%1”</source>
        <translation>Regla «%1»</translation>
    </message>
</context>
<context>
    <name>textdesk::broadcasts::BroadcastRunner</name>
    <message>
        <source>Only a running broadcast can be paused.</source>
        <translation>Solo se puede pausar una difusión en curso.</translation>
    </message>
    <message>
        <source>Only a paused broadcast can be resumed.</source>
        <translation>Solo se puede reanudar una difusión en pausa.</translation>
    </message>
    <message>
        <source>The broadcast has already finished.</source>
        <translation>La difusión ya ha terminado.</translation>
    </message>
    <message>
        <source>A recipient of the broadcast changed while it was being queued; it is tried again.</source>
        <translation>Un destinatario de la difusión cambió mientras se ponía en cola; se vuelve a intentar.</translation>
    </message>
</context>
<context>
    <name>textdesk::broadcasts::Planner</name>
    <message>
        <source>Opted out</source>
        <translation>Dado de baja</translation>
    </message>
    <message>
        <source>Invalid number</source>
        <translation>Número no válido</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicado</translation>
    </message>
    <message>
        <source>Missing variable</source>
        <translation>Falta una variable</translation>
    </message>
    <message>
        <source>Refused by the outbox</source>
        <translation>Rechazado por la bandeja de salida</translation>
    </message>
    <message>
        <source>Held for quiet hours</source>
        <translation>Retenido por horario de descanso</translation>
    </message>
    <message>
        <source>The template is empty.</source>
        <translation>La plantilla está vacía.</translation>
    </message>
    <message>
        <source>No customer has the tag &quot;%1&quot;.</source>
        <translation>Ningún cliente tiene la etiqueta &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The file has no recipients: it needs a header line and one line per recipient.</source>
        <translation>El archivo no tiene destinatarios: necesita una línea de encabezado y una línea por destinatario.</translation>
    </message>
    <message>
        <source>The file has no column of phone numbers. Name one &quot;phone&quot; or &quot;number&quot; in the header line.</source>
        <translation>El archivo no tiene ninguna columna de números de teléfono. Asigne a una el nombre &quot;phone&quot; o &quot;number&quot; en la línea de encabezado.</translation>
    </message>
    <message>
        <source>Already a recipient of this broadcast.</source>
        <translation>Ya es destinatario de esta difusión.</translation>
    </message>
    <message>
        <source>No value for %1.</source>
        <translation>No hay ningún valor para %1.</translation>
    </message>
    <message>
        <source>Nobody can receive this broadcast: every recipient is skipped.</source>
        <translation>Nadie puede recibir esta difusión: se omiten todos los destinatarios.</translation>
    </message>
    <message>
        <source>Asked to stop (awaiting an agent)</source>
        <translation>Pidió dejar de recibir mensajes (a la espera de un agente)</translation>
    </message>
</context>
<context>
    <name>textdesk::broadcasts::Reminders</name>
    <message>
        <source>The template is empty.</source>
        <translation>La plantilla está vacía.</translation>
    </message>
    <message>
        <source>The file has no appointments: it needs a header line and one line per appointment.</source>
        <translation>El archivo no tiene citas: necesita una línea de encabezado y una línea por cita.</translation>
    </message>
    <message>
        <source>The file has no column of phone numbers. Name one &quot;phone&quot; or &quot;number&quot; in the header line.</source>
        <translation>El archivo no tiene ninguna columna de números de teléfono. Asigne a una el nombre &quot;phone&quot; o &quot;number&quot; en la línea de encabezado.</translation>
    </message>
    <message>
        <source>The file has no column with the appointment&apos;s date and time. Name one &quot;date&quot; (and &quot;time&quot;, if the time is in a column of its own).</source>
        <translation>El archivo no tiene ninguna columna con la fecha y hora de la cita. Asigne a una el nombre &quot;date&quot; (y a otra &quot;time&quot;, si la hora está en una columna aparte).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date and time Textdesk can read; write it as 2026-03-04 14:30.</source>
        <translation>&quot;%1&quot; no es una fecha y hora que Textdesk pueda leer; escríbala como 2026-03-04 14:30.</translation>
    </message>
    <message>
        <source>The appointment (%1) has already passed.</source>
        <translation>La cita (%1) ya ha pasado.</translation>
    </message>
    <message>
        <source>No value for %1.</source>
        <translation>No hay ningún valor para %1.</translation>
    </message>
    <message>
        <source>Appointment reminder</source>
        <translation>Recordatorio de cita</translation>
    </message>
</context>
<context>
    <name>textdesk::compliance::ConsentExport</name>
    <message>
        <source>Opted in</source>
        <translation>Suscrito</translation>
    </message>
    <message>
        <source>Opted out</source>
        <translation>Dado de baja</translation>
    </message>
    <message>
        <source>Consent unknown</source>
        <translation>Consentimiento desconocido</translation>
    </message>
    <message>
        <source>By text message</source>
        <translation>Por mensaje de texto</translation>
    </message>
    <message>
        <source>Texted %1</source>
        <translation>Envió %1</translation>
    </message>
    <message>
        <source>The provider refused a message to an unsubscribed number (21610)</source>
        <translation>El proveedor rechazó un mensaje a un número dado de baja (21610)</translation>
    </message>
    <message>
        <source>Set by an agent</source>
        <translation>Establecido por un agente</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importado</translation>
    </message>
    <message>
        <source>The customer</source>
        <translation>El cliente</translation>
    </message>
    <message>
        <source>The provider</source>
        <translation>El proveedor</translation>
    </message>
    <message>
        <source>An agent</source>
        <translation>Un agente</translation>
    </message>
    <message>
        <source>An import</source>
        <translation>Una importación</translation>
    </message>
</context>
<context>
    <name>textdesk::compliance::QuietHoldNote</name>
    <message>
        <source>%1 held until %2 (the customer&apos;s quiet hours).</source>
        <translation>%1 queda en espera hasta %2 (horario de descanso del cliente).</translation>
    </message>
</context>
<context>
    <name>textdesk::compliance::RevocationHoldNote</name>
    <message>
        <source>%1 held: the customer asked to stop messages. It goes out when an agent answers “Not a request”, and is cancelled on “Opt out”.</source>
        <translation>%1 retenido: el cliente pidió dejar de recibir mensajes. Se enviará cuando un agente responda «No es una solicitud» y se cancelará con «Dar de baja».</translation>
    </message>
</context>
<context>
    <name>textdesk::contacts::CardDavCall</name>
    <message>
        <source>The CardDAV server did not answer within %1 seconds.</source>
        <translation>El servidor CardDAV no respondió en %1 segundos.</translation>
    </message>
    <message>
        <source>Cannot reach the CardDAV server at %1: %2</source>
        <translation>No se puede contactar con el servidor CardDAV en %1: %2</translation>
    </message>
    <message>
        <source>The CardDAV server sent Textdesk to another address (%1). Set that address as the address book&apos;s URL.</source>
        <translation>El servidor CardDAV redirigió a Textdesk a otra dirección (%1). Configure esa dirección como URL de la libreta de direcciones.</translation>
    </message>
    <message>
        <source>The CardDAV server refused the user name or password (%1).</source>
        <translation>El servidor CardDAV rechazó el nombre de usuario o la contraseña (%1).</translation>
    </message>
    <message>
        <source>The CardDAV server does not allow this user to do that (%1).</source>
        <translation>El servidor CardDAV no permite a este usuario hacer eso (%1).</translation>
    </message>
    <message>
        <source>The CardDAV server has nothing at that address (%1). Check the address book&apos;s URL.</source>
        <translation>El servidor CardDAV no tiene nada en esa dirección (%1). Compruebe la URL de la libreta de direcciones.</translation>
    </message>
    <message>
        <source>The CardDAV server is out of space (%1).</source>
        <translation>El servidor CardDAV no tiene espacio (%1).</translation>
    </message>
    <message>
        <source>The CardDAV server failed (HTTP %1, %2). Try again later.</source>
        <translation>El servidor CardDAV ha fallado (HTTP %1, %2). Vuelva a intentarlo más tarde.</translation>
    </message>
    <message>
        <source>The CardDAV server answered HTTP %1 (%2).</source>
        <translation>El servidor CardDAV respondió HTTP %1 (%2).</translation>
    </message>
</context>
<context>
    <name>textdesk::contacts::CardDavCheck</name>
    <message>
        <source>The server&apos;s certificate is not trusted by this computer, so Textdesk did not send the password. Check the address, or ask the server&apos;s administrator for a valid certificate.
%1</source>
        <translation>Este equipo no confía en el certificado del servidor, así que Textdesk no ha enviado la contraseña. Compruebe la dirección o pida al administrador del servidor un certificado válido.
%1</translation>
    </message>
    <message>
        <source>No connection to the server: %1</source>
        <translation>Sin conexión con el servidor: %1</translation>
    </message>
    <message>
        <source>The server refused the user name or password. Check both (some servers want an app password instead of the account&apos;s).</source>
        <translation>El servidor rechazó el nombre de usuario o la contraseña. Compruebe ambos (algunos servidores requieren una contraseña de aplicación en lugar de la de la cuenta).</translation>
    </message>
    <message>
        <source>There is nothing at that address on the server. Check the address book&apos;s URL.</source>
        <translation>No hay nada en esa dirección del servidor. Compruebe la URL de la libreta de direcciones.</translation>
    </message>
    <message>
        <source>That address is not an address book: the server does not speak WebDAV there. Check the address book&apos;s URL.</source>
        <translation>Esa dirección no es una libreta de direcciones: el servidor no admite WebDAV en ella. Compruebe la URL de la libreta de direcciones.</translation>
    </message>
    <message>
        <source>testing the connection</source>
        <translation>al probar la conexión</translation>
    </message>
    <message>
        <source>The server accepted the password, but that address is not an address book (a folder or an account, perhaps). Use the address book&apos;s own URL, e.g. …/addressbooks/USER/contacts/.</source>
        <translation>El servidor aceptó la contraseña, pero esa dirección no es una libreta de direcciones (quizá una carpeta o una cuenta). Use la URL propia de la libreta de direcciones, p. ej., …/addressbooks/USER/contacts/.</translation>
    </message>
    <message numerus="yes">
        <source>Connected: the address book holds %n card(s).</source>
        <translation>
            <numerusform>Conectado: la libreta de direcciones contiene %n tarjeta.</numerusform>
            <numerusform>Conectado: la libreta de direcciones contiene %n tarjetas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>textdesk::contacts::CardDavClient</name>
    <message>
        <source>“%1” is not an address book URL (e.g. https://dav.example.com/addressbooks/me/contacts/).</source>
        <translation>«%1» no es una URL de libreta de direcciones (p. ej., https://dav.example.com/addressbooks/me/contacts/).</translation>
    </message>
    <message>
        <source>The address book URL must begin with https:// (plain http only to this computer): the password would otherwise cross the network readable.</source>
        <translation>La URL de la libreta de direcciones debe empezar por https:// (http sin cifrar solo hacia este equipo): de lo contrario, la contraseña cruzaría la red de forma legible.</translation>
    </message>
    <message>
        <source>Textdesk has no network access.</source>
        <translation>Textdesk no tiene acceso a la red.</translation>
    </message>
    <message>
        <source>The CardDAV server&apos;s answer is not a WebDAV multistatus (%1).</source>
        <translation>La respuesta del servidor CardDAV no es un multistatus de WebDAV (%1).</translation>
    </message>
    <message>
        <source>no &lt;multistatus&gt;</source>
        <translation>falta &lt;multistatus&gt;</translation>
    </message>
</context>
<context>
    <name>textdesk::contacts::CardDavConflicts</name>
    <message>
        <source>Deleted here, changed on the server.</source>
        <translation>Eliminada aquí, modificada en el servidor.</translation>
    </message>
    <message>
        <source>Changed here, deleted on the server.</source>
        <translation>Modificada aquí, eliminada en el servidor.</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Nombre de pila</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>%1: here “%2” · server “%3”</source>
        <translation>%1: aquí «%2» · servidor «%3»</translation>
    </message>
    <message>
        <source>The same fields on both sides (other properties differ).</source>
        <translation>Los mismos campos en ambos lados (otras propiedades son distintas).</translation>
    </message>
    <message>
        <source>Conflict %1 was resolved already.</source>
        <translation>El conflicto %1 ya se había resuelto.</translation>
    </message>
    <message>
        <source>The server&apos;s version of conflict %1 has no phone number Textdesk can use; keep the version here instead.</source>
        <translation>La versión del servidor del conflicto %1 no tiene ningún número de teléfono que Textdesk pueda usar; conserve la versión de aquí.</translation>
    </message>
</context>
<context>
    <name>textdesk::contacts::CardDavRunner</name>
    <message>
        <source>A contacts sync is already running.</source>
        <translation>Ya hay una sincronización de contactos en curso.</translation>
    </message>
    <message>
        <source>The workspace&apos;s cache is not open, so contacts cannot be synced.</source>
        <translation>La caché del espacio de trabajo no está abierta, así que no se pueden sincronizar los contactos.</translation>
    </message>
    <message>
        <source>Here: %1 added, %2 updated, %3 deleted. Server: %4 added, %5 updated, %6 deleted. Conflicts: %7 new, %8 open.</source>
        <translation>Aquí: %1 añadidos, %2 actualizados, %3 eliminados. Servidor: %4 añadidos, %5 actualizados, %6 eliminados. Conflictos: %7 nuevos, %8 abiertos.</translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n card(s) without a usable phone number.</source>
        <translation>
            <numerusform>Se ha omitido %n tarjeta sin un número de teléfono utilizable.</numerusform>
            <numerusform>Se han omitido %n tarjetas sin un número de teléfono utilizable.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>textdesk::contacts::CardDavSync</name>
    <message>
        <source>it has no phone number</source>
        <translation>no tiene número de teléfono</translation>
    </message>
    <message>
        <source>it holds %1 cards</source>
        <translation>contiene %1 tarjetas</translation>
    </message>
    <message>
        <source>Listing the address book at %1…</source>
        <translation>Listando la libreta de direcciones en %1…</translation>
    </message>
    <message>
        <source>listing the address book</source>
        <translation>al listar la libreta de direcciones</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) on the server, %1 new or changed.</source>
        <translation>
            <numerusform>%n tarjeta en el servidor; nuevas o modificadas: %1.</numerusform>
            <numerusform>%n tarjetas en el servidor; nuevas o modificadas: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>fetching cards</source>
        <translation>al obtener las tarjetas</translation>
    </message>
    <message>
        <source>Fetched %1 of %2 cards.</source>
        <translation>Se han obtenido %1 de %2 tarjetas.</translation>
    </message>
    <message>
        <source>Conflict %1: %2 was changed both here and on the server; both versions are kept until you choose one.</source>
        <translation>Conflicto %1: %2 se modificó aquí y en el servidor; se conservan ambas versiones hasta que elija una.</translation>
    </message>
    <message>
        <source>its number %1 is another card&apos;s</source>
        <translation>su número %1 es de otra tarjeta</translation>
    </message>
    <message>
        <source>Skipped %1: %2.</source>
        <translation>Se ha omitido %1: %2.</translation>
    </message>
    <message>
        <source>Skipped %1: its number %2 is another customer&apos;s.</source>
        <translation>Se ha omitido %1: su número %2 es de otro cliente.</translation>
    </message>
    <message numerus="yes">
        <source>Sending %n change(s) to the server…</source>
        <translation>
            <numerusform>Enviando %n cambio al servidor…</numerusform>
            <numerusform>Enviando %n cambios al servidor…</numerusform>
        </translation>
    </message>
    <message>
        <source>sending %1</source>
        <translation>al enviar %1</translation>
    </message>
    <message>
        <source>Sent %1 of %2 changes.</source>
        <translation>Se han enviado %1 de %2 cambios.</translation>
    </message>
    <message>
        <source>reading %1</source>
        <translation>al leer %1</translation>
    </message>
    <message>
        <source>Cancelled before the server&apos;s changes were written; nothing changed here.</source>
        <translation>Cancelado antes de escribir los cambios del servidor; aquí no ha cambiado nada.</translation>
    </message>
    <message>
        <source>Cancelled: %1 of %2 changes were sent; the next sync sends the rest.</source>
        <translation>Cancelado: se han enviado %1 de %2 cambios; la próxima sincronización enviará el resto.</translation>
    </message>
</context>
<context>
    <name>textdesk::contacts::ContactFiles</name>
    <message>
        <source>… and more problems after these.</source>
        <translation>… y hay más problemas después de estos.</translation>
    </message>
    <message>
        <source>The file is empty: there is not even a header line.</source>
        <translation>El archivo está vacío: no hay ni siquiera una línea de encabezado.</translation>
    </message>
    <message>
        <source>No column holds the phone numbers. Choose which column is the number.</source>
        <translation>Ninguna columna contiene los números de teléfono. Elija qué columna es el número.</translation>
    </message>
    <message>
        <source>Line %1: %2 fields where the header has %3. Check for a missing separator or a line break outside quotes.</source>
        <translation>Línea %1: %2 campos, cuando el encabezado tiene %3. Compruebe si falta un separador o si hay un salto de línea fuera de las comillas.</translation>
    </message>
    <message>
        <source>Line %1: %2 fields where the header has %3. Check for a separator inside a field that is not in quotes.</source>
        <translation>Línea %1: %2 campos, cuando el encabezado tiene %3. Compruebe si hay un separador dentro de un campo que no está entre comillas.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Línea %1: %2</translation>
    </message>
    <message>
        <source>Line %1: this is not a vCard line (it has no “:”).</source>
        <translation>Línea %1: esta no es una línea de vCard (no tiene «:»).</translation>
    </message>
    <message>
        <source>Line %1: a card begins before the card of line %2 has ended (END:VCARD is missing).</source>
        <translation>Línea %1: una tarjeta empieza antes de que haya terminado la tarjeta de la línea %2 (falta END:VCARD).</translation>
    </message>
    <message>
        <source>Line %1: “%2” outside a card (BEGIN:VCARD is missing).</source>
        <translation>Línea %1: «%2» fuera de una tarjeta (falta BEGIN:VCARD).</translation>
    </message>
    <message>
        <source>Line %1: the card that begins here never ends (END:VCARD is missing).</source>
        <translation>Línea %1: la tarjeta que empieza aquí no termina nunca (falta END:VCARD).</translation>
    </message>
</context>
<context>
    <name>textdesk::contacts::ContactTransfer</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>textdesk::contacts::CsvMapping</name>
    <message>
        <source>Google Contacts</source>
        <translation>Google Contacts</translation>
    </message>
    <message>
        <source>Outlook</source>
        <translation>Outlook</translation>
    </message>
    <message>
        <source>Textdesk</source>
        <translation>Textdesk</translation>
    </message>
    <message>
        <source>a spreadsheet</source>
        <translation>una hoja de cálculo</translation>
    </message>
</context>
<context>
    <name>textdesk::contacts::HistoryImport</name>
    <message>
        <source>not readable as JSON (%1 at byte %2)</source>
        <translation>no se puede leer como JSON (%1 en el byte %2)</translation>
    </message>
    <message>
        <source>JSON, but neither a page of the provider&apos;s message list (with &quot;messages&quot;) nor a list of messages</source>
        <translation>es JSON, pero no es ni una página de la lista de mensajes del proveedor (con &quot;messages&quot;) ni una lista de mensajes</translation>
    </message>
    <message>
        <source>message %1 lacks a sid, from, to or direction</source>
        <translation>al mensaje %1 le falta sid, from, to o direction</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>vacío</translation>
    </message>
    <message>
        <source>the header has no column &quot;%1&quot;</source>
        <translation>el encabezado no tiene ninguna columna &quot;%1&quot;</translation>
    </message>
    <message>
        <source>line %1 has %2 fields where the header has %3</source>
        <translation>la línea %1 tiene %2 campos, cuando el encabezado tiene %3</translation>
    </message>
    <message>
        <source>line %1 lacks a sid, direction, from, to or a readable date_created</source>
        <translation>a la línea %1 le falta sid, direction, from, to o un date_created legible</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1: %2. Nothing was imported.</source>
        <translation>%1: %2. No se ha importado nada.</translation>
    </message>
</context>
<context>
    <name>textdesk::csv::Reader</name>
    <message>
        <source>Line %1: text after a closing quote. A field in quotes must end with the quote, followed by &quot;%2&quot; or the end of the line.</source>
        <translation>Línea %1: hay texto después de unas comillas de cierre. Un campo entre comillas debe terminar con las comillas, seguidas de &quot;%2&quot; o del final de la línea.</translation>
    </message>
    <message>
        <source>Line %1: a quote inside a field that does not start with one. Put the whole field in quotes and double the quote (&quot;&quot;).</source>
        <translation>Línea %1: hay comillas dentro de un campo que no empieza con comillas. Ponga todo el campo entre comillas y duplique las comillas (&quot;&quot;).</translation>
    </message>
    <message>
        <source>Line %1: a quote opened here is never closed.</source>
        <translation>Línea %1: unas comillas abiertas aquí no se cierran nunca.</translation>
    </message>
</context>
<context>
    <name>textdesk::engine::History</name>
    <message>
        <source>history_days in %1 is &quot;%2&quot;, neither a number of days nor &quot;all&quot;; using %3 days.</source>
        <translation>history_days en %1 es &quot;%2&quot;, que no es ni un número de días ni &quot;all&quot;; se usan %3 días.</translation>
    </message>
</context>
<context>
    <name>textdesk::engine::SyncEngine</name>
    <message>
        <source>Older messages of another conversation are still loading. Try again when they are done, or stop them.</source>
        <translation>Todavía se están cargando los mensajes anteriores de otra conversación. Vuelva a intentarlo cuando terminen o deténgalos.</translation>
    </message>
    <message>
        <source>On a team desktop, older messages come from the team&apos;s store once its gateway has loaded them.</source>
        <translation>En un escritorio del equipo, los mensajes más antiguos llegan desde el almacén del equipo una vez que su pasarela los ha cargado.</translation>
    </message>
</context>
<context>
    <name>textdesk::engine::SyncWorker</name>
    <message>
        <source>Not connected to the cache yet.</source>
        <translation>Todavía no hay conexión con la caché.</translation>
    </message>
    <message>
        <source>The cache is not open, so the change was not saved.</source>
        <translation>La caché no está abierta, así que el cambio no se ha guardado.</translation>
    </message>
    <message>
        <source>The cache is not open, so older messages cannot be loaded.</source>
        <translation>La caché no está abierta, así que no se pueden cargar los mensajes anteriores.</translation>
    </message>
</context>
<context>
    <name>textdesk::provider::ProviderError</name>
    <message>
        <source>The provider did not accept the account SID and secret. Check them in Settings.</source>
        <translation>El proveedor no ha aceptado el SID de la cuenta y el secreto. Revíselos en Configuración.</translation>
    </message>
    <message>
        <source>The provider does not know this message or account any more.</source>
        <translation>El proveedor ya no reconoce este mensaje o esta cuenta.</translation>
    </message>
    <message>
        <source>This phone number cannot receive text messages. Check the number with the customer.</source>
        <translation>Este número de teléfono no puede recibir mensajes de texto. Compruebe el número con el cliente.</translation>
    </message>
    <message>
        <source>The customer has opted out (replied STOP). They must text START before you can write to them again.</source>
        <translation>El cliente se ha dado de baja (respondió STOP). Debe enviar START para que pueda volver a escribirle.</translation>
    </message>
    <message>
        <source>The sending number is not one of this account&apos;s numbers.</source>
        <translation>El número de envío no es uno de los números de esta cuenta.</translation>
    </message>
    <message>
        <source>The message is missing a text, a sender or a recipient.</source>
        <translation>Al mensaje le falta el texto, el remitente o el destinatario.</translation>
    </message>
    <message>
        <source>The message is longer than 1,600 characters. Shorten it or split it.</source>
        <translation>El mensaje tiene más de 1600 caracteres. Acórtelo o divídalo.</translation>
    </message>
    <message>
        <source>The provider&apos;s queue for this number is full. The message will be sent when it has room.</source>
        <translation>La cola del proveedor para este número está llena. El mensaje se enviará cuando haya espacio.</translation>
    </message>
    <message>
        <source>The provider refused the scheduled time. Pick a time between 15 minutes and 35 days from now.</source>
        <translation>El proveedor ha rechazado la hora programada. Elija una hora entre 15 minutos y 35 días a partir de ahora.</translation>
    </message>
    <message>
        <source>The provider is asking us to slow down. Textdesk will try again shortly.</source>
        <translation>El proveedor pide que se reduzca el ritmo de envío. Textdesk volverá a intentarlo en breve.</translation>
    </message>
    <message>
        <source>The provider is having problems right now. Textdesk will try again shortly.</source>
        <translation>El proveedor tiene problemas en este momento. Textdesk volverá a intentarlo en breve.</translation>
    </message>
    <message>
        <source>Cannot reach the provider. Check the network connection; Textdesk will keep trying.</source>
        <translation>No se puede contactar con el proveedor. Compruebe la conexión de red; Textdesk seguirá intentándolo.</translation>
    </message>
    <message>
        <source>The provider did not answer in time. Textdesk will try again shortly.</source>
        <translation>El proveedor no ha respondido a tiempo. Textdesk volverá a intentarlo en breve.</translation>
    </message>
    <message>
        <source>The connection broke after the message was handed over. Textdesk will check whether the provider received it before sending it again.</source>
        <translation>La conexión se interrumpió después de entregar el mensaje. Textdesk comprobará si el proveedor lo recibió antes de volver a enviarlo.</translation>
    </message>
    <message>
        <source>The secure connection to the provider could not be verified, so nothing was sent. Check the system clock and any proxy.</source>
        <translation>No se ha podido verificar la conexión segura con el proveedor, así que no se ha enviado nada. Compruebe el reloj del sistema y el proxy, si lo hay.</translation>
    </message>
    <message>
        <source>The provider sent an answer Textdesk cannot read.</source>
        <translation>El proveedor ha enviado una respuesta que Textdesk no puede leer.</translation>
    </message>
    <message>
        <source>The file is larger than Textdesk accepts.</source>
        <translation>El archivo supera el tamaño que admite Textdesk.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Operación cancelada.</translation>
    </message>
    <message>
        <source>The provider refused the request.</source>
        <translation>El proveedor ha rechazado la solicitud.</translation>
    </message>
    <message>
        <source>(provider said: %1 %2)</source>
        <translation>(respuesta del proveedor: %1 %2)</translation>
    </message>
    <message>
        <source>(HTTP %1)</source>
        <translation>(HTTP %1)</translation>
    </message>
    <message>
        <source>The provider&apos;s address sent Textdesk on to another server. Textdesk did not follow, so the account&apos;s credentials stayed with the provider. Check the provider address in Settings.</source>
        <translation>La dirección del proveedor ha redirigido a Textdesk a otro servidor. Textdesk no ha seguido la redirección, así que las credenciales de la cuenta no han salido del proveedor. Compruebe la dirección del proveedor en Configuración.</translation>
    </message>
</context>
<context>
    <name>textdesk::provider::WebhookReceiver</name>
    <message>
        <source>Cannot receive webhooks on %1 port %2: the port is in use or not allowed.</source>
        <translation>No se pueden recibir webhooks en %1, puerto %2: el puerto está en uso o no está permitido.</translation>
    </message>
</context>
<context>
    <name>textdesk::reports::ReportExport</name>
    <message>
        <source>%1: conversations</source>
        <translation>%1: conversaciones</translation>
    </message>
    <message>
        <source>%1: median</source>
        <translation>%1: mediana</translation>
    </message>
    <message>
        <source>%1: 90th percentile</source>
        <translation>%1: percentil 90</translation>
    </message>
    <message>
        <source>under 1 h</source>
        <translation>menos de 1 h</translation>
    </message>
    <message>
        <source>1–4 h</source>
        <translation>1–4 h</translation>
    </message>
    <message>
        <source>4–8 h</source>
        <translation>4–8 h</translation>
    </message>
    <message>
        <source>8–24 h</source>
        <translation>8–24 h</translation>
    </message>
    <message>
        <source>over 24 h</source>
        <translation>más de 24 h</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Surveys sent</source>
        <translation>Encuestas enviadas</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Respondidas</translation>
    </message>
    <message>
        <source>Response rate</source>
        <translation>Tasa de respuesta</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Puntuaciones</translation>
    </message>
    <message>
        <source>Satisfied (4–5)</source>
        <translation>Satisfechos (4–5)</translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <source>Average (1–5)</source>
        <translation>Media (1–5)</translation>
    </message>
    <message>
        <source>Promoters (9–10)</source>
        <translation>Promotores (9–10)</translation>
    </message>
    <message>
        <source>Passives (7–8)</source>
        <translation>Pasivos (7–8)</translation>
    </message>
    <message>
        <source>Detractors (0–6)</source>
        <translation>Detractores (0–6)</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>Average effort (1–7)</source>
        <translation>Esfuerzo medio (1–7)</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>Primera respuesta</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Resolución</translation>
    </message>
    <message>
        <source>Conversations handled</source>
        <translation>Conversaciones atendidas</translation>
    </message>
    <message>
        <source>Messages sent</source>
        <translation>Mensajes enviados</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>Se ha cancelado la exportación.</translation>
    </message>
</context>
<context>
    <name>textdesk::reports::Reports</name>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todas</translation>
    </message>
    <message>
        <source>No agent</source>
        <translation>Sin agente</translation>
    </message>
    <message>
        <source>Unknown (%1)</source>
        <translation>Desconocido (%1)</translation>
    </message>
    <message>
        <source>Customer satisfaction (CSAT)</source>
        <translation>Satisfacción del cliente (CSAT)</translation>
    </message>
    <message>
        <source>Net Promoter Score (NPS)</source>
        <translation>Net Promoter Score (NPS)</translation>
    </message>
    <message>
        <source>Customer effort (CES)</source>
        <translation>Esfuerzo del cliente (CES)</translation>
    </message>
    <message>
        <source>Response and resolution times</source>
        <translation>Tiempos de respuesta y de resolución</translation>
    </message>
    <message>
        <source>No grouping</source>
        <translation>Sin agrupar</translation>
    </message>
    <message>
        <source>By agent</source>
        <translation>Por agente</translation>
    </message>
    <message>
        <source>By our number</source>
        <translation>Por nuestro número</translation>
    </message>
    <message>
        <source>By tag</source>
        <translation>Por etiqueta</translation>
    </message>
    <message>
        <source>By day</source>
        <translation>Por día</translation>
    </message>
    <message>
        <source>By week</source>
        <translation>Por semana</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>Por mes</translation>
    </message>
</context>
<context>
    <name>textdesk::scheduled::ScheduledMessages</name>
    <message>
        <source>The message is empty.</source>
        <translation>El mensaje está vacío.</translation>
    </message>
    <message>
        <source>The message has %1 characters; at most %2 can be sent. Shorten it or split it.</source>
        <translation>El mensaje tiene %1 caracteres; se pueden enviar como máximo %2. Acórtelo o divídalo.</translation>
    </message>
    <message>
        <source>That time has already passed. Choose a time in the future.</source>
        <translation>Esa hora ya ha pasado. Elija una hora futura.</translation>
    </message>
    <message>
        <source>The conversation no longer exists.</source>
        <translation>La conversación ya no existe.</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hora</numerusform>
            <numerusform>%n horas</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: the customer wrote first.</source>
        <translation>Cancelado: el cliente escribió primero.</translation>
    </message>
    <message>
        <source>Cancelled by an agent.</source>
        <translation>Cancelado por un agente.</translation>
    </message>
    <message>
        <source>Not sent: the customer opted out of text messages.</source>
        <translation>No enviado: el cliente se dio de baja de los mensajes de texto.</translation>
    </message>
    <message>
        <source>Held: Textdesk was not running at the time it was due. Send it now or cancel it.</source>
        <translation>Retenido: Textdesk no estaba en ejecución a la hora prevista. Envíelo ahora o cancélelo.</translation>
    </message>
    <message>
        <source>Sent late: Textdesk was not running at the time it was due.</source>
        <translation>Enviado con retraso: Textdesk no estaba en ejecución a la hora prevista.</translation>
    </message>
    <message>
        <source>Waiting for the customer&apos;s quiet hours to end.</source>
        <translation>Esperando a que termine el horario de descanso del cliente.</translation>
    </message>
    <message>
        <source>Held: it could not be queued. Edit it or cancel it.</source>
        <translation>Retenido: no se ha podido poner en cola. Edítelo o cancélelo.</translation>
    </message>
    <message>
        <source>The scheduled message no longer exists.</source>
        <translation>El mensaje programado ya no existe.</translation>
    </message>
    <message>
        <source>It was already sent or cancelled, so it cannot be changed.</source>
        <translation>Ya se ha enviado o cancelado, por lo que no se puede modificar.</translation>
    </message>
    <message>
        <source>It was already sent or cancelled.</source>
        <translation>Ya se ha enviado o cancelado.</translation>
    </message>
    <message>
        <source>Only a held message can be confirmed.</source>
        <translation>Solo se puede confirmar un mensaje retenido.</translation>
    </message>
    <message>
        <source>Scheduled message sent %1 late: it was due at %2, when Textdesk was not running.</source>
        <translation>Mensaje programado enviado con %1 de retraso: estaba previsto para las %2, cuando Textdesk no estaba en ejecución.</translation>
    </message>
    <message>
        <source>Scheduled follow-up</source>
        <translation>Seguimiento programado</translation>
    </message>
    <message>
        <source>Held: the customer asked to stop messages. It goes out when an agent answers &quot;Not a request&quot; in the conversation, and is cancelled on &quot;Opt out&quot;.</source>
        <translation>Retenido: el cliente pidió dejar de recibir mensajes. Se enviará cuando un agente responda &quot;No es una solicitud&quot; en la conversación y se cancelará con &quot;Dar de baja&quot;.</translation>
    </message>
    <message>
        <source>Held: it waited for an answer to the customer&apos;s request to stop messages until long past its time. Send it now or cancel it.</source>
        <translation>Retenido: esperó una respuesta a la solicitud del cliente de dejar de recibir mensajes hasta mucho después de su hora. Envíelo ahora o cancélelo.</translation>
    </message>
    <message>
        <source>The customer asked to stop messages. Answer the request in the conversation (Opt out or Not a request) first.</source>
        <translation>El cliente pidió dejar de recibir mensajes. Responda primero a la solicitud en la conversación (Dar de baja o No es una solicitud).</translation>
    </message>
</context>
<context>
    <name>textdesk::sim::MediaHost</name>
    <message>
        <source>The media host cannot listen on %1: %2</source>
        <translation>El host multimedia no puede escuchar en %1: %2</translation>
    </message>
</context>
<context>
    <name>textdesk::sim::Persistence</name>
    <message>
        <source>Cannot create the data folder %1.</source>
        <translation>No se puede crear la carpeta de datos %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a simulator state file this version can read.</source>
        <translation>%1 no es un archivo de estado del simulador que esta versión pueda leer.</translation>
    </message>
    <message>
        <source>%1 is damaged and was not loaded.</source>
        <translation>%1 está dañado y no se ha cargado.</translation>
    </message>
</context>
<context>
    <name>textdesk::sim::SimCommandLine</name>
    <message>
        <source>A local stand-in for the SMS provider&apos;s REST API (Twilio Programmable Messaging, 2010-04-01), with simulated customers, for tests and training.</source>
        <translation>Un sustituto local de la API REST del proveedor de SMS (Twilio Programmable Messaging, 2010-04-01), con clientes simulados, para pruebas y formación.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Muestra esta ayuda.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Muestra la versión.</translation>
    </message>
    <message>
        <source>Listen on port N (0: any free port).</source>
        <translation>Escucha en el puerto N (0: cualquier puerto libre).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Listen on this address (default 127.0.0.1).</source>
        <translation>Escucha en esta dirección (predeterminada: 127.0.0.1).</translation>
    </message>
    <message>
        <source>HOST</source>
        <translation>HOST</translation>
    </message>
    <message>
        <source>The account SID clients use (AC + 32 hex digits).</source>
        <translation>El SID de cuenta que usan los clientes (AC + 32 dígitos hexadecimales).</translation>
    </message>
    <message>
        <source>SID</source>
        <translation>SID</translation>
    </message>
    <message>
        <source>TOKEN</source>
        <translation>TOKEN</translation>
    </message>
    <message>
        <source>Seed of everything random (default 1).</source>
        <translation>Semilla de todo lo aleatorio (predeterminada: 1).</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOMBRE</translation>
    </message>
    <message>
        <source>Generate N past messages (default 0).</source>
        <translation>Genera N mensajes anteriores (predeterminado: 0).</translation>
    </message>
    <message>
        <source>Keep the state in DIR across runs (default: in memory).</source>
        <translation>Conserva el estado en DIR entre ejecuciones (predeterminado: en memoria).</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>POST inbound messages and status callbacks here.</source>
        <translation>Envía aquí, con POST, los mensajes entrantes y las notificaciones de estado.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Milliseconds between status changes (default 1500).</source>
        <translation>Milisegundos entre cambios de estado (predeterminado: 1500).</translation>
    </message>
    <message>
        <source>Share of messages that fail, 0 to 1 (default 0.05).</source>
        <translation>Proporción de mensajes que fallan, de 0 a 1 (predeterminado: 0.05).</translation>
    </message>
    <message>
        <source>R</source>
        <translation>R</translation>
    </message>
    <message>
        <source>Run textdesk-sim --help for the options.</source>
        <translation>Ejecute textdesk-sim --help para ver las opciones.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Argumento inesperado: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--port is required (0 picks a free port).</source>
        <translation>--port es obligatorio (0 elige un puerto libre).</translation>
    </message>
    <message>
        <source>--port must be a number from 0 to 65535.</source>
        <translation>--port debe ser un número entre 0 y 65535.</translation>
    </message>
    <message>
        <source>--host must be an IP address, not &quot;%1&quot;.</source>
        <translation>--host debe ser una dirección IP, no &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--account-sid must be AC followed by 32 hexadecimal digits.</source>
        <translation>--account-sid debe ser AC seguido de 32 dígitos hexadecimales.</translation>
    </message>
    <message>
        <source>--seed must be a whole number from 0 to 4294967295.</source>
        <translation>--seed debe ser un número entero entre 0 y 4294967295.</translation>
    </message>
    <message>
        <source>Unknown scenario &quot;%1&quot;; known: %2.</source>
        <translation>Escenario desconocido: &quot;%1&quot;; disponibles: %2.</translation>
    </message>
    <message>
        <source>--history must be a number from 0 to 50000000.</source>
        <translation>--history debe ser un número entre 0 y 50000000.</translation>
    </message>
    <message>
        <source>--webhook-url must be an http or https URL.</source>
        <translation>--webhook-url debe ser una URL http o https.</translation>
    </message>
    <message>
        <source>--status-step-ms must be a number of milliseconds.</source>
        <translation>--status-step-ms debe ser un número de milisegundos.</translation>
    </message>
    <message>
        <source>--failure-rate must be a number from 0 to 1.</source>
        <translation>--failure-rate debe ser un número entre 0 y 1.</translation>
    </message>
    <message>
        <source>The auth token clients use (visible to other users in the process list: prefer --auth-token-file or TEXTDESK_SIM_AUTH_TOKEN).</source>
        <translation>El token de autenticación que usan los clientes (visible para otros usuarios en la lista de procesos: es preferible --auth-token-file o TEXTDESK_SIM_AUTH_TOKEN).</translation>
    </message>
    <message>
        <source>Read the auth token from the first line of FILE.</source>
        <translation>Lee el token de autenticación de la primera línea de ARCHIVO.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ARCHIVO</translation>
    </message>
    <message>
        <source>Cannot read the auth token from %1: %2</source>
        <translation>No se puede leer el token de autenticación de %1: %2</translation>
    </message>
    <message>
        <source>%1 holds no auth token.</source>
        <translation>%1 no contiene ningún token de autenticación.</translation>
    </message>
    <message>
        <source>--auth-token-file, TEXTDESK_SIM_AUTH_TOKEN or --auth-token is required.</source>
        <translation>Se necesita --auth-token-file, TEXTDESK_SIM_AUTH_TOKEN o --auth-token.</translation>
    </message>
    <message>
        <source>Simulated customers: %1, or training:FILE|ID (a training scenario&apos;s customer) (default demo).</source>
        <translation>Clientes simulados: %1, o training:ARCHIVO|ID (el cliente de un escenario de formación) (predeterminado: demo).</translation>
    </message>
</context>
<context>
    <name>textdesk::sim::Simulator</name>
    <message>
        <source>The simulator is already running.</source>
        <translation>El simulador ya está en ejecución.</translation>
    </message>
    <message>
        <source>The account SID must be AC followed by 32 hexadecimal digits, not &quot;%1&quot;.</source>
        <translation>El SID de la cuenta debe ser AC seguido de 32 dígitos hexadecimales, no &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>An auth token is needed.</source>
        <translation>Se necesita un token de autenticación.</translation>
    </message>
    <message>
        <source>The failure rate must be between 0 and 1.</source>
        <translation>La tasa de fallos debe estar entre 0 y 1.</translation>
    </message>
    <message>
        <source>Unknown scenario &quot;%1&quot;; known: %2.</source>
        <translation>Escenario desconocido: &quot;%1&quot;; disponibles: %2.</translation>
    </message>
    <message>
        <source>The scenario &quot;%1&quot; has no sender numbers.</source>
        <translation>El escenario &quot;%1&quot; no tiene números remitentes.</translation>
    </message>
    <message>
        <source>Cannot listen on %1 port %2: %3</source>
        <translation>No se puede escuchar en %1, puerto %2: %3</translation>
    </message>
    <message>
        <source>The training scenario &quot;%1&quot; cannot be used: %2</source>
        <translation>No se puede usar el escenario de formación &quot;%1&quot;: %2</translation>
    </message>
</context>
<context>
    <name>textdesk::surveys::SurveySender</name>
    <message>
        <source>The conversation no longer exists.</source>
        <translation>La conversación ya no existe.</translation>
    </message>
    <message>
        <source>No survey is turned on. Turn one on in File → Surveys…</source>
        <translation>No hay ninguna encuesta activada. Active una en Archivo → Encuestas…</translation>
    </message>
    <message>
        <source>No survey was sent: this customer opted out of messages (they replied STOP or asked to be left alone).</source>
        <translation>No se ha enviado ninguna encuesta: este cliente se dio de baja de los mensajes (respondió STOP o pidió que no se le molestara).</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>Encuesta</translation>
    </message>
    <message>
        <source>No survey was sent: this customer asked to stop messages. Answer the request in the conversation first.</source>
        <translation>No se ha enviado ninguna encuesta: este cliente pidió dejar de recibir mensajes. Responda primero a la solicitud en la conversación.</translation>
    </message>
</context>
<context>
    <name>textdesk::sync::MediaFetcher</name>
    <message>
        <source>The provider no longer has this attachment.</source>
        <translation>El proveedor ya no tiene este adjunto.</translation>
    </message>
    <message>
        <source>This attachment is larger than %1, the most Textdesk downloads.</source>
        <translation>Este adjunto ocupa más de %1, el máximo que descarga Textdesk.</translation>
    </message>
    <message>
        <source>The attachment is empty.</source>
        <translation>El adjunto está vacío.</translation>
    </message>
    <message>
        <source>Textdesk does not recognise this kind of file (it was sent as %1), so it was not saved.</source>
        <translation>Textdesk no reconoce este tipo de archivo (se envió como %1), así que no se ha guardado.</translation>
    </message>
    <message>
        <source>Sent as %1, but the file is a %2; shown as what it is.</source>
        <translation>Se envió como %1, pero el archivo es en realidad: %2. Se muestra según su tipo real.</translation>
    </message>
    <message>
        <source>There is not enough free disk space to save this attachment. Free some space; Textdesk tries again.</source>
        <translation>No hay suficiente espacio libre en el disco para guardar este adjunto. Libere algo de espacio; Textdesk lo volverá a intentar.</translation>
    </message>
    <message>
        <source>Textdesk could not save this attachment in the media folder (%1). It tries again later.</source>
        <translation>Textdesk no ha podido guardar este adjunto en la carpeta multimedia (%1). Lo volverá a intentar más tarde.</translation>
    </message>
</context>
<context>
    <name>textdesk::sync::MediaType</name>
    <message>
        <source>JPEG image</source>
        <translation>imagen JPEG</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>imagen PNG</translation>
    </message>
    <message>
        <source>GIF image</source>
        <translation>imagen GIF</translation>
    </message>
    <message>
        <source>WebP image</source>
        <translation>imagen WebP</translation>
    </message>
    <message>
        <source>HEIC image</source>
        <translation>imagen HEIC</translation>
    </message>
    <message>
        <source>HEIF image</source>
        <translation>imagen HEIF</translation>
    </message>
    <message>
        <source>AVIF image</source>
        <translation>imagen AVIF</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>documento PDF</translation>
    </message>
    <message>
        <source>AVI video</source>
        <translation>vídeo AVI</translation>
    </message>
    <message>
        <source>MP4 video</source>
        <translation>vídeo MP4</translation>
    </message>
    <message>
        <source>QuickTime video</source>
        <translation>vídeo QuickTime</translation>
    </message>
    <message>
        <source>3GP video</source>
        <translation>vídeo 3GP</translation>
    </message>
    <message>
        <source>3G2 video</source>
        <translation>vídeo 3G2</translation>
    </message>
    <message>
        <source>WAV audio</source>
        <translation>audio WAV</translation>
    </message>
    <message>
        <source>M4A audio</source>
        <translation>audio M4A</translation>
    </message>
    <message>
        <source>Ogg audio</source>
        <translation>audio Ogg</translation>
    </message>
    <message>
        <source>MP3 audio</source>
        <translation>audio MP3</translation>
    </message>
    <message>
        <source>AAC audio</source>
        <translation>audio AAC</translation>
    </message>
    <message>
        <source>AMR voice recording</source>
        <translation>nota de voz AMR</translation>
    </message>
    <message>
        <source>AMR-WB voice recording</source>
        <translation>nota de voz AMR-WB</translation>
    </message>
    <message>
        <source>contact card (vCard)</source>
        <translation>tarjeta de contacto (vCard)</translation>
    </message>
    <message>
        <source>calendar event</source>
        <translation>evento de calendario</translation>
    </message>
    <message>
        <source>text file</source>
        <translation>archivo de texto</translation>
    </message>
</context>
<context>
    <name>textdesk::sync::Outbox</name>
    <message>
        <source>Choose the number to send from.</source>
        <translation>Elija el número desde el que enviar.</translation>
    </message>
    <message>
        <source>The message is empty.</source>
        <translation>El mensaje está vacío.</translation>
    </message>
    <message>
        <source>The message has %1 characters; at most %2 can be sent. Shorten it or split it.</source>
        <translation>El mensaje tiene %1 caracteres y se pueden enviar como máximo %2. Acórtelo o divídalo.</translation>
    </message>
    <message>
        <source>The carrier did not deliver the message (error %1).</source>
        <translation>El operador no ha entregado el mensaje (error %1).</translation>
    </message>
    <message>
        <source>A message can carry at most %1 files; this one has %2.</source>
        <translation>Un mensaje admite como máximo %1 archivos; este tiene %2.</translation>
    </message>
    <message>
        <source>This workspace has no media folder, so files cannot be sent.</source>
        <translation>Este espacio de trabajo no tiene carpeta multimedia, así que no se pueden enviar archivos.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>No se puede leer %1: %2.</translation>
    </message>
    <message>
        <source>%1 is %2 MB; a message can carry at most 5 MB.</source>
        <translation>%1 ocupa %2 MB; un mensaje admite como máximo 5 MB.</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 está vacío.</translation>
    </message>
    <message>
        <source>%1 is not a kind of file that can be sent by MMS (pictures, video, audio, PDF, contact cards and calendar entries can).</source>
        <translation>%1 no es un tipo de archivo que se pueda enviar por MMS (sí se pueden enviar imágenes, vídeo, audio, PDF, tarjetas de contacto y eventos de calendario).</translation>
    </message>
    <message>
        <source>%1 is %2 KB; files other than JPEG, PNG and GIF pictures can be at most 500 KB.</source>
        <translation>%1 ocupa %2 KB; los archivos que no sean imágenes JPEG, PNG o GIF pueden ocupar como máximo 500 KB.</translation>
    </message>
    <message>
        <source>Together the files are over 5 MB, the most a message can carry. Send some of them in a second message.</source>
        <translation>En conjunto, los archivos superan los 5 MB, el máximo que admite un mensaje. Envíe algunos de ellos en un segundo mensaje.</translation>
    </message>
    <message>
        <source>There is not enough free disk space to keep a copy of %1. Free some space and send again.</source>
        <translation>No hay suficiente espacio libre en el disco para guardar una copia de %1. Libere algo de espacio y vuelva a enviarlo.</translation>
    </message>
    <message>
        <source>Cannot copy %1 into the media folder: %2.</source>
        <translation>No se puede copiar %1 en la carpeta multimedia: %2.</translation>
    </message>
</context>
<context>
    <name>textdesk::sync::OutboxSender</name>
    <message>
        <source>Pictures and files cannot be sent from this workspace: it has no place to put them where the provider can fetch them. Set upload_url in the [media] section of workspace.ini, or send the text alone.</source>
        <translation>No se pueden enviar imágenes ni archivos desde este espacio de trabajo: no tiene ningún lugar donde dejarlos para que el proveedor los descargue. Defina upload_url en la sección [media] de workspace.ini o envíe solo el texto.</translation>
    </message>
    <message>
        <source>The attached file is no longer in the media folder (%1), so the message was not sent. Attach it again and resend.</source>
        <translation>El archivo adjunto ya no está en la carpeta multimedia (%1), así que el mensaje no se ha enviado. Vuelva a adjuntarlo y envíe el mensaje de nuevo.</translation>
    </message>
    <message>
        <source>The picture could not be uploaded for sending: %1</source>
        <translation>No se ha podido subir la imagen para enviarla: %1</translation>
    </message>
</context>
<context>
    <name>textdesk::sync::PullSync</name>
    <message>
        <source>Sync cancelled. It continues from where it stopped next time.</source>
        <translation>Sincronización cancelada. La próxima vez continuará donde se quedó.</translation>
    </message>
</context>
<context>
    <name>textdesk::team::TeamError</name>
    <message>
        <source>write it as postgresql://USER@HOST:PORT/DATABASE</source>
        <translation>escríbala como postgresql://USER@HOST:PORT/DATABASE</translation>
    </message>
    <message>
        <source>it contains a password. Leave it out: Textdesk asks for it and keeps it in the system&apos;s keychain (or give it with --password-stdin).</source>
        <translation>contiene una contraseña. Quítela: Textdesk la pide y la guarda en el llavero del sistema (o indíquela con --password-stdin).</translation>
    </message>
    <message>
        <source>it contains a password. Leave it out: Textdesk asks for it and keeps it in the system&apos;s keychain.</source>
        <translation>contiene una contraseña. Quítela: Textdesk la pide y la guarda en el llavero del sistema.</translation>
    </message>
    <message>
        <source>Textdesk does not know the setting &quot;%1&quot;.</source>
        <translation>Textdesk no reconoce la opción &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>sslmode must be one of %1.</source>
        <translation>sslmode debe ser uno de estos valores: %1.</translation>
    </message>
    <message>
        <source>it names no database (…/DATABASE at the end).</source>
        <translation>no indica ninguna base de datos (…/DATABASE al final).</translation>
    </message>
    <message>
        <source>the port is not a number from 1 to 65535.</source>
        <translation>el puerto no es un número del 1 al 65535.</translation>
    </message>
    <message>
        <source>An agent needs a name of 1 to 100 characters with at least one letter or digit.</source>
        <translation>Un agente necesita un nombre de 1 a 100 caracteres con al menos una letra o un dígito.</translation>
    </message>
    <message>
        <source>There is already an agent or a database login called &quot;%1&quot;. Choose another name.</source>
        <translation>Ya existe un agente o un usuario de la base de datos llamado &quot;%1&quot;. Elija otro nombre.</translation>
    </message>
    <message>
        <source>This conversation is not in the team database.</source>
        <translation>Esta conversación no está en la base de datos del equipo.</translation>
    </message>
    <message>
        <source>this login is not an active agent of the team</source>
        <translation>este usuario no es un agente activo del equipo</translation>
    </message>
    <message>
        <source>PostgreSQL support is not installed on this computer (Qt&apos;s QPSQL driver; on Debian and Ubuntu the package libqt6sql6-psql).</source>
        <translation>La compatibilidad con PostgreSQL no está instalada en este equipo (el controlador QPSQL de Qt; en Debian y Ubuntu, el paquete libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>The team database&apos;s address cannot be used: %1</source>
        <translation>No se puede usar la dirección de la base de datos del equipo: %1</translation>
    </message>
    <message>
        <source>Cannot reach the team database. Check the address, that the server runs and that this computer may connect to it. (%1)</source>
        <translation>No se puede acceder a la base de datos del equipo. Compruebe la dirección, que el servidor esté en funcionamiento y que se permita la conexión desde este equipo. (%1)</translation>
    </message>
    <message>
        <source>The team database refused the login: the user name or the password is wrong.</source>
        <translation>La base de datos del equipo rechazó el inicio de sesión: el nombre de usuario o la contraseña no son correctos.</translation>
    </message>
    <message>
        <source>This database is not a Textdesk team database yet. An administrator creates it with: textdesk team init --database URL</source>
        <translation>Esta base de datos aún no es una base de datos de equipo de Textdesk. Un administrador la crea con: textdesk team init --database URL</translation>
    </message>
    <message>
        <source>The team database was set up by a newer Textdesk (schema version %1; this Textdesk understands up to %2). Update Textdesk on this computer; nothing was changed.</source>
        <translation>La base de datos del equipo la configuró una versión más reciente de Textdesk (versión del esquema %1; esta versión de Textdesk admite hasta la %2). Actualice Textdesk en este equipo; no se ha cambiado nada.</translation>
    </message>
    <message>
        <source>The team database has schema version %1; this Textdesk needs version %2. An administrator upgrades it with: textdesk team init --database URL</source>
        <translation>La base de datos del equipo tiene la versión del esquema %1; esta versión de Textdesk necesita la versión %2. Un administrador la actualiza con: textdesk team init --database URL</translation>
    </message>
    <message>
        <source>Your role in the team may not do this. Ask a lead or an administrator. (%1)</source>
        <translation>Su rol en el equipo no permite hacer esto. Consulte a un responsable o a un administrador. (%1)</translation>
    </message>
    <message>
        <source>The team database failed: %1</source>
        <translation>Error en la base de datos del equipo: %1</translation>
    </message>
    <message>
        <source>the host &quot;%1&quot; is not a name, an address or a socket folder.</source>
        <translation>el host «%1» no es un nombre, una dirección ni una carpeta de socket.</translation>
    </message>
</context>
<context>
    <name>textdesk::team::TeamGateway</name>
    <message>
        <source>another gateway is active; this one waits and takes over if it stops</source>
        <translation>hay otra pasarela activa; esta espera y toma el relevo si aquella se detiene</translation>
    </message>
</context>
<context>
    <name>textdesk::team::TeamPublisher</name>
    <message>
        <source>Another gateway may have sent it while this one was away.</source>
        <translation>Puede que otra pasarela la haya enviado mientras esta no estaba activa.</translation>
    </message>
</context>
<context>
    <name>textdesk::team::TeamPusher</name>
    <message>
        <source>The conversation is no longer in this computer&apos;s cache.</source>
        <translation>La conversación ya no está en la caché local.</translation>
    </message>
    <message>
        <source>The team&apos;s store has no conversation with %1 yet, and this login may not start one. Ask a lead to start it.</source>
        <translation>El almacén del equipo aún no tiene ninguna conversación con %1 y este usuario no puede iniciarla. Pida a un responsable que la inicie.</translation>
    </message>
    <message>
        <source>Pictures and files cannot be sent from a team desktop yet. Send the words alone, or the files from the gateway&apos;s computer.</source>
        <translation>Todavía no se pueden enviar imágenes ni archivos desde un escritorio del equipo. Envíe solo el texto, o bien los archivos desde el equipo donde se ejecuta la pasarela.</translation>
    </message>
    <message>
        <source>A colleague changed who has this conversation first; it was not assigned.</source>
        <translation>Un compañero cambió antes quién tiene esta conversación; no se ha asignado.</translation>
    </message>
    <message>
        <source>%1 has this conversation now; it was not assigned.</source>
        <translation>%1 tiene ahora esta conversación; no se ha asignado.</translation>
    </message>
    <message>
        <source>The team&apos;s gateway could not send it.</source>
        <translation>La pasarela del equipo no pudo enviarlo.</translation>
    </message>
</context>
<context>
    <name>textdesk::training::ScenarioLoader</name>
    <message>
        <source>not valid JSON (line %1): %2</source>
        <translation>no es un JSON válido (línea %1): %2</translation>
    </message>
    <message>
        <source>cannot read &quot;%1&quot;: %2</source>
        <translation>no se puede leer &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>se esperaba un objeto</translation>
    </message>
    <message>
        <source>expected a local time as YYYY-MM-DDTHH:MM</source>
        <translation>se esperaba una hora local con el formato AAAA-MM-DDTHH:MM</translation>
    </message>
    <message>
        <source>give either &quot;customer&quot; or &quot;customers&quot;</source>
        <translation>indique &quot;customer&quot; o &quot;customers&quot;, no ambos</translation>
    </message>
    <message>
        <source>needs at least one customer</source>
        <translation>necesita al menos un cliente</translation>
    </message>
    <message>
        <source>missing (what the trainee should achieve)</source>
        <translation>falta (lo que debe conseguir el alumno)</translation>
    </message>
    <message>
        <source>needs &quot;phrases&quot; or &quot;reaction&quot;: true</source>
        <translation>necesita &quot;phrases&quot; o &quot;reaction&quot;: true</translation>
    </message>
    <message>
        <source>expected a text</source>
        <translation>se esperaba un texto</translation>
    </message>
    <message>
        <source>no template with this id in &quot;templates&quot;</source>
        <translation>no hay ninguna plantilla con este id en &quot;templates&quot;</translation>
    </message>
    <message>
        <source>expected csat</source>
        <translation>se esperaba csat</translation>
    </message>
    <message>
        <source>the customer has no field &quot;%1&quot;</source>
        <translation>el cliente no tiene ningún campo &quot;%1&quot;</translation>
    </message>
    <message>
        <source>missing (the replies a good agent sends)</source>
        <translation>falta (las respuestas que envía un buen agente)</translation>
    </message>
    <message>
        <source>expected a list of replies, or {&quot;replies&quot;: [...]}</source>
        <translation>se esperaba una lista de respuestas o {&quot;replies&quot;: [...]}</translation>
    </message>
    <message>
        <source>unknown key (expected one of: %1)</source>
        <translation>clave desconocida (se esperaba una de estas: %1)</translation>
    </message>
    <message>
        <source>missing (a text is required)</source>
        <translation>falta (se requiere un texto)</translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation>se esperaba un número</translation>
    </message>
    <message>
        <source>must be at least %1</source>
        <translation>debe ser como mínimo %1</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>se esperaba true o false</translation>
    </message>
    <message>
        <source>expected a list of texts</source>
        <translation>se esperaba una lista de textos</translation>
    </message>
    <message>
        <source>expected a list</source>
        <translation>se esperaba una lista</translation>
    </message>
    <message>
        <source>a line needs &quot;text&quot; or &quot;any&quot;</source>
        <translation>una línea necesita &quot;text&quot; o &quot;any&quot;</translation>
    </message>
    <message>
        <source>expected photo, screenshot, video or pdf</source>
        <translation>se esperaba photo, screenshot, video o pdf</translation>
    </message>
    <message>
        <source>a goal reaction needs the customer&apos;s words (the goal is recognised by them)</source>
        <translation>una reacción de objetivo necesita las palabras del cliente (el objetivo se reconoce por ellas)</translation>
    </message>
    <message>
        <source>expected a number in E.164 (+15551234567)</source>
        <translation>se esperaba un número en formato E.164 (+15551234567)</translation>
    </message>
    <message>
        <source>expected en, de, es or fr</source>
        <translation>se esperaba en, de, es o fr</translation>
    </message>
    <message>
        <source>expected calm, impatient or angry</source>
        <translation>se esperaba calm, impatient o angry</translation>
    </message>
    <message>
        <source>missing (what the customer writes first)</source>
        <translation>falta (lo que el cliente escribe primero)</translation>
    </message>
    <message>
        <source>missing (a number)</source>
        <translation>falta (un número)</translation>
    </message>
    <message>
        <source>expected a customer&apos;s number or index</source>
        <translation>se esperaba el número o el índice de un cliente</translation>
    </message>
    <message>
        <source>no such customer in the scenario</source>
        <translation>no existe ese cliente en el escenario</translation>
    </message>
</context>
<context>
    <name>textdesk::training::Scoring</name>
    <message>
        <source>First reply within %1 minutes</source>
        <translation>Primera respuesta en %1 minutos como máximo</translation>
    </message>
    <message>
        <source>The customer had an answer after %1 minutes.</source>
        <translation>El cliente obtuvo una respuesta al cabo de %1 minutos.</translation>
    </message>
    <message>
        <source>%1 never got an answer.</source>
        <translation>%1 nunca obtuvo respuesta.</translation>
    </message>
    <message>
        <source>%1 waited %2 minutes for a first answer; a texting customer expects one within minutes.</source>
        <translation>%1 esperó %2 minutos una primera respuesta; un cliente que escribe por mensaje de texto espera una en cuestión de minutos.</translation>
    </message>
    <message>
        <source>Goal: %1</source>
        <translation>Objetivo: %1</translation>
    </message>
    <message>
        <source>Reached.</source>
        <translation>Conseguido.</translation>
    </message>
    <message>
        <source>Not reached: the conversation ended without it.</source>
        <translation>No conseguido: la conversación terminó sin conseguirlo.</translation>
    </message>
    <message>
        <source>Resolved within %1 minutes</source>
        <translation>Resuelta en %1 minutos como máximo</translation>
    </message>
    <message>
        <source>Not resolved.</source>
        <translation>No resuelta.</translation>
    </message>
    <message>
        <source>Resolved after %1 minutes.</source>
        <translation>Resuelta al cabo de %1 minutos.</translation>
    </message>
    <message numerus="yes">
        <source>Replies of at most %n segment(s)</source>
        <translation>
            <numerusform>Respuestas de %n segmento como máximo</numerusform>
            <numerusform>Respuestas de %n segmentos como máximo</numerusform>
        </translation>
    </message>
    <message>
        <source>Short replies: %1 segments on average.</source>
        <translation>Respuestas breves: %1 segmentos de media.</translation>
    </message>
    <message numerus="yes">
        <source>This reply takes %n segments: on a phone it is a wall of text, and each segment is billed.</source>
        <translation>
            <numerusform>Esta respuesta ocupa %n segmento: en un teléfono es un muro de texto, y cada segmento se factura.</numerusform>
            <numerusform>Esta respuesta ocupa %n segmentos: en un teléfono es un muro de texto, y cada segmento se factura.</numerusform>
        </translation>
    </message>
    <message>
        <source>No look-alike characters forcing UCS-2</source>
        <translation>Sin caracteres similares que obliguen a usar UCS-2</translation>
    </message>
    <message>
        <source>Every reply could go as plain GSM text.</source>
        <translation>Todas las respuestas podían enviarse como texto GSM normal.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (a typographic look-alike) made this reply UCS-2: 70 characters a segment instead of 160. Use the plain character.</source>
        <translation>&quot;%1&quot; (un carácter tipográfico similar) convirtió esta respuesta en UCS-2: 70 caracteres por segmento en lugar de 160. Use el carácter normal.</translation>
    </message>
    <message>
        <source>%1&apos;s name</source>
        <translation>el nombre de %1</translation>
    </message>
    <message>
        <source>%1&apos;s %2 (%3)</source>
        <translation>%2 de %1 (%3)</translation>
    </message>
    <message>
        <source>Used %1</source>
        <translation>Se usó %1</translation>
    </message>
    <message>
        <source>Personal and specific.</source>
        <translation>Personal y concreta.</translation>
    </message>
    <message>
        <source>No reply used %1; it shows you know who you are talking to and what about.</source>
        <translation>Ninguna respuesta usó %1; eso demuestra que sabe con quién habla y de qué.</translation>
    </message>
    <message>
        <source>No ALL CAPS</source>
        <translation>Sin TODO MAYÚSCULAS</translation>
    </message>
    <message>
        <source>No shouting.</source>
        <translation>Sin gritos.</translation>
    </message>
    <message>
        <source>Capitals read as shouting in a text message.</source>
        <translation>En un mensaje de texto, las mayúsculas se leen como gritos.</translation>
    </message>
    <message>
        <source>No internal jargon</source>
        <translation>Sin jerga interna</translation>
    </message>
    <message>
        <source>Plain words throughout.</source>
        <translation>Palabras sencillas en todo momento.</translation>
    </message>
    <message>
        <source>The customer does not know &quot;%1&quot;; say what it means.</source>
        <translation>El cliente no sabe qué es &quot;%1&quot;; explique lo que significa.</translation>
    </message>
    <message>
        <source>Every customer question answered</source>
        <translation>Todas las preguntas del cliente respondidas</translation>
    </message>
    <message>
        <source>No question left open.</source>
        <translation>No quedó ninguna pregunta sin responder.</translation>
    </message>
    <message>
        <source>This question got no answer.</source>
        <translation>Esta pregunta no obtuvo respuesta.</translation>
    </message>
    <message>
        <source>Used the template &quot;%1&quot;</source>
        <translation>Se usó la plantilla &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The team&apos;s wording, filled in.</source>
        <translation>La redacción del equipo, completada.</translation>
    </message>
    <message>
        <source>The team has a template for this: /%1.</source>
        <translation>El equipo tiene una plantilla para esto: /%1.</translation>
    </message>
    <message>
        <source>Nothing sent after STOP</source>
        <translation>Nada enviado después de STOP</translation>
    </message>
    <message>
        <source>The opt-out was respected.</source>
        <translation>Se respetó la baja.</translation>
    </message>
    <message>
        <source>The customer opted out; any further text breaks the rules (and the provider refuses it).</source>
        <translation>El cliente se dio de baja; cualquier mensaje más infringe las normas (y el proveedor lo rechaza).</translation>
    </message>
    <message>
        <source>HELP answered</source>
        <translation>HELP respondido</translation>
    </message>
    <message>
        <source>The customer got help.</source>
        <translation>El cliente recibió ayuda.</translation>
    </message>
    <message>
        <source>A customer who texts HELP must get an answer.</source>
        <translation>Un cliente que envía HELP debe recibir una respuesta.</translation>
    </message>
    <message>
        <source>Nothing proactive in quiet hours</source>
        <translation>Nada proactivo en el horario de descanso</translation>
    </message>
    <message>
        <source>Follow-ups waited for the day.</source>
        <translation>Los seguimientos esperaron al día.</translation>
    </message>
    <message>
        <source>An unprompted message between 9 p.m. and 8 a.m. at the customer&apos;s; wait until morning.</source>
        <translation>Un mensaje no solicitado entre las 21:00 y las 8:00 en la hora del cliente; espere a la mañana.</translation>
    </message>
    <message>
        <source>Customer satisfaction of %1 or more</source>
        <translation>Satisfacción del cliente de %1 o más</translation>
    </message>
    <message>
        <source>The customer would answer the survey with %1 of 5.</source>
        <translation>El cliente respondería a la encuesta con un %1 de 5.</translation>
    </message>
    <message>
        <source>%1: %2 of 100 (%3)
</source>
        <translation>%1: %2 de 100 (%3)
</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>superado</translation>
    </message>
    <message>
        <source>not passed</source>
        <translation>no superado</translation>
    </message>
    <message>
        <source>Model answer:
</source>
        <translation>Respuesta modelo:
</translation>
    </message>
</context>
<context>
    <name>textdesk::training::TrainingReport</name>
    <message>
        <source>Cannot save the training result to &quot;%1&quot;: %2</source>
        <translation>No se puede guardar el resultado de la formación en &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>Cannot read the training results &quot;%1&quot;: %2</source>
        <translation>No se pueden leer los resultados de la formación &quot;%1&quot;: %2</translation>
    </message>
</context>
<context>
    <name>textdesk::ui::DebriefDialog</name>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>not reached</source>
        <translation>no conseguido</translation>
    </message>
    <message>
        <source>Debrief: %1</source>
        <translation>Evaluación: %1</translation>
    </message>
    <message>
        <source>%1 of 100 — %2</source>
        <translation>%1 de 100 — %2</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>superado</translation>
    </message>
    <message>
        <source>not passed</source>
        <translation>no superado</translation>
    </message>
    <message>
        <source>First reply: %1 · Resolved: %2 · Replies: %3, %4 segments on average</source>
        <translation>Primera respuesta: %1 · Resuelta: %2 · Respuestas: %3, %4 segmentos de media</translation>
    </message>
    <message>
        <source> · Customer satisfaction: %1 of 5</source>
        <translation> · Satisfacción del cliente: %1 de 5</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Comprobación</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Model answer:</source>
        <translation>Respuesta modelo:</translation>
    </message>
</context>
<context>
    <name>textdesk::ui::DistributionModel</name>
    <message>
        <source>Answers</source>
        <translation>Respuestas</translation>
    </message>
    <message>
        <source>Scores 4–5</source>
        <translation>Puntuaciones 4–5</translation>
    </message>
    <message>
        <source>Scores 1–3</source>
        <translation>Puntuaciones 1–3</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Sin respuesta</translation>
    </message>
    <message>
        <source>Promoters</source>
        <translation>Promotores</translation>
    </message>
    <message>
        <source>Passives</source>
        <translation>Pasivos</translation>
    </message>
    <message>
        <source>Detractors</source>
        <translation>Detractores</translation>
    </message>
    <message>
        <source>Surveys</source>
        <translation>Encuestas</translation>
    </message>
    <message>
        <source>Scored</source>
        <translation>Con puntuación</translation>
    </message>
    <message>
        <source>No score</source>
        <translation>Sin puntuación</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>Primera respuesta</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Resolución</translation>
    </message>
    <message>
        <source>&lt; 1 h</source>
        <translation>&lt; 1 h</translation>
    </message>
    <message>
        <source>1–4 h</source>
        <translation>1–4 h</translation>
    </message>
    <message>
        <source>4–8 h</source>
        <translation>4–8 h</translation>
    </message>
    <message>
        <source>8–24 h</source>
        <translation>8–24 h</translation>
    </message>
    <message>
        <source>&gt; 24 h</source>
        <translation>&gt; 24 h</translation>
    </message>
</context>
<context>
    <name>textdesk::ui::ReportCharts</name>
    <message>
        <source>Distribution</source>
        <translation>Distribución</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Horas</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutos</translation>
    </message>
</context>
<context>
    <name>textdesk::ui::ReportPdf</name>
    <message>
        <source>%1 – %2 (%3)</source>
        <translation>%1 – %2 (%3)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>cannot write %1 (is the folder writable?)</source>
        <translation>no se puede escribir %1 (¿se puede escribir en la carpeta?)</translation>
    </message>
    <message>
        <source>Period: %1</source>
        <translation>Periodo: %1</translation>
    </message>
    <message>
        <source>Grouping: %1</source>
        <translation>Agrupación: %1</translation>
    </message>
    <message>
        <source>Filters: %1</source>
        <translation>Filtros: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>No figures for this period.</source>
        <translation>No hay cifras para este periodo.</translation>
    </message>
    <message>
        <source>cannot finish %1</source>
        <translation>no se puede terminar %1</translation>
    </message>
</context>
<context>
    <name>textdesk::ui::ReportTableModel</name>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1m</source>
        <translation>%1m</translation>
    </message>
    <message>
        <source>%1h%2m</source>
        <translation>%1h%2m</translation>
    </message>
    <message>
        <source>%1d%2h</source>
        <translation>%1d%2h</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 d %2 h</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
</context>
<context>
    <name>textdesk::ui::ReportsWindow</name>
    <message>
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>Exportar el informe</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Desde</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>&amp;hasta</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Exportar PDF…</translation>
    </message>
    <message>
        <source>No figures for this period: nothing was sent, answered or resolved between these dates with these filters.</source>
        <translation>No hay cifras para este periodo: no se envió, respondió ni resolvió nada entre estas fechas con estos filtros.</translation>
    </message>
    <message>
        <source>Choose a row or a bar to see the conversations behind it.</source>
        <translation>Elija una fila o una barra para ver las conversaciones que hay detrás.</translation>
    </message>
    <message>
        <source>All agents</source>
        <translation>Todos los agentes</translation>
    </message>
    <message>
        <source>All our numbers</source>
        <translation>Todos nuestros números</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Todas las etiquetas</translation>
    </message>
    <message>
        <source>The period ends before it starts: choose a later end date.</source>
        <translation>El periodo termina antes de empezar: elija una fecha de fin posterior.</translation>
    </message>
    <message>
        <source>The report could not be read: %1</source>
        <translation>No se ha podido leer el informe: %1</translation>
    </message>
    <message>
        <source>The conversations could not be read: %1</source>
        <translation>No se han podido leer las conversaciones: %1</translation>
    </message>
    <message>
        <source>%1: nothing behind this row.</source>
        <translation>%1: no hay nada detrás de esta fila.</translation>
    </message>
    <message numerus="yes">
        <source>%1: the newest %n — open one to see it in the main window.</source>
        <translation>
            <numerusform>%1: la %n más reciente — ábrala para verla en la ventana principal.</numerusform>
            <numerusform>%1: las %n más recientes — abra una para verla en la ventana principal.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n conversation(s) — open one to see it in the main window.</source>
        <translation>
            <numerusform>%1: %n conversación — ábrala para verla en la ventana principal.</numerusform>
            <numerusform>%1: %n conversaciones — abra una para verla en la ventana principal.</numerusform>
        </translation>
    </message>
    <message>
        <source> · score %1 (read from words, not counted)</source>
        <translation> · puntuación %1 (deducida de las palabras, no contabilizada)</translation>
    </message>
    <message>
        <source> · score %1</source>
        <translation> · puntuación %1</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>The report could not be written to %1: %2</source>
        <translation>No se ha podido escribir el informe en %1: %2</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export answers…</source>
        <translation>Exportar respuestas…</translation>
    </message>
    <message>
        <source>Every survey sent in the period, with its answer, as CSV</source>
        <translation>Todas las encuestas enviadas en el periodo, con su respuesta, en CSV</translation>
    </message>
    <message>
        <source>Reading the figures…</source>
        <translation>Leyendo las cifras…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>customer&apos;s name (number)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Exporting the answers…</source>
        <translation>Exportando las respuestas…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Export answers</source>
        <translation>Exportar respuestas</translation>
    </message>
    <message>
        <source>Exporting the answers: %1 of %2</source>
        <translation>Exportando las respuestas: %1 de %2</translation>
    </message>
    <message>
        <source>The answers could not be written to %1: %2</source>
        <translation>No se han podido escribir las respuestas en %1: %2</translation>
    </message>
</context>
<context>
    <name>textdesk::ui::TrainingWindow</name>
    <message>
        <source>[photo]</source>
        <translation>[foto]</translation>
    </message>
    <message>
        <source>[screenshot]</source>
        <translation>[captura de pantalla]</translation>
    </message>
    <message>
        <source>[video]</source>
        <translation>[vídeo]</translation>
    </message>
    <message>
        <source>[PDF]</source>
        <translation>[PDF]</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Formación</translation>
    </message>
    <message>
        <source>Load a scenario file…</source>
        <translation>Cargar un archivo de escenario…</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Empezar</translation>
    </message>
    <message>
        <source>Your reply</source>
        <translation>Su respuesta</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Finish and debrief</source>
        <translation>Terminar y evaluar</translation>
    </message>
    <message>
        <source>%1

%2

Goal: %3</source>
        <translation>%1

%2

Objetivo: %3</translation>
    </message>
    <message>
        <source>Training scenario</source>
        <translation>Escenario de formación</translation>
    </message>
    <message>
        <source>Scenarios (*.json)</source>
        <translation>Escenarios (*.json)</translation>
    </message>
    <message>
        <source>This scenario cannot be used:
%1</source>
        <translation>No se puede usar este escenario:
%1</translation>
    </message>
    <message>
        <source>To %1 (%2)</source>
        <translation>Para %1 (%2)</translation>
    </message>
    <message>
        <source>Insert a template…</source>
        <translation>Insertar una plantilla…</translation>
    </message>
    <message>
        <source>%1 — goal: %2</source>
        <translation>%1 — objetivo: %2</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Usted</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
</context>
</TS>
