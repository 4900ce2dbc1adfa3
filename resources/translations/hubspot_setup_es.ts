<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AutopilotPage</name>
    <message>
        <source>Autopilot</source>
        <translation>Autopilot</translation>
    </message>
    <message>
        <source>Autopilot is switched on or off per channel. When it is off for a channel, OpenCX still stores that channel&apos;s conversations but does not reply to them.</source>
        <translation>Autopilot se activa o se desactiva por canal. Si está desactivado en un canal, OpenCX sigue guardando las conversaciones de ese canal, pero no las responde.</translation>
    </message>
    <message>
        <source>I will send the &amp;test message by:</source>
        <translation>Enviaré el mensaje de &amp;prueba por:</translation>
    </message>
    <message>
        <source>Channel for the test message</source>
        <translation>Canal del mensaje de prueba</translation>
    </message>
    <message>
        <source>Autopilot per channel</source>
        <translation>Autopilot por canal</translation>
    </message>
    <message>
        <source>Turns Autopilot on for the channel you will test on</source>
        <translation>Activa Autopilot en el canal en el que harás la prueba</translation>
    </message>
    <message>
        <source>T&amp;urn it on</source>
        <translation>Ac&amp;tivarlo</translation>
    </message>
    <message>
        <source>Reads the Autopilot settings again</source>
        <translation>Vuelve a leer la configuración de Autopilot</translation>
    </message>
    <message>
        <source>&amp;Read again from OpenCX</source>
        <translation>&amp;Volver a leer de OpenCX</translation>
    </message>
</context>
<context>
    <name>LegacyAppContent</name>
    <message>
        <source>Open the legacy app your portal already has in HubSpot, check each item below, and tick it here when it matches. Keep this window open beside your browser.</source>
        <translation>Abre en HubSpot la aplicación heredada que ya tiene tu cuenta, revisa cada punto de abajo y márcalo aquí cuando coincida. Deja esta ventana abierta junto al navegador.</translation>
    </message>
    <message>
        <source>No legacy app in your portal?</source>
        <translation>¿Tu cuenta no tiene una aplicación heredada?</translation>
    </message>
    <message>
        <source>Connect with &amp;HubSpot instead</source>
        <translation>Conectar con &amp;HubSpot</translation>
    </message>
    <message>
        <source>On the app&apos;s Scopes tab. Add any that are missing.</source>
        <translation>En la pestaña Alcances de la aplicación. Añade los que falten.</translation>
    </message>
    <message>
        <source>Required scopes</source>
        <translation>Alcances necesarios</translation>
    </message>
    <message>
        <source>Copies the scopes to paste in HubSpot</source>
        <translation>Copia los alcances para pegarlos en HubSpot</translation>
    </message>
    <message>
        <source>Copy &amp;scopes</source>
        <translation>Copiar alcance&amp;s</translation>
    </message>
    <message>
        <source>On the app&apos;s Webhooks tab, as its target URL. Keep this address private, like a password. Set event throttling high enough for your conversation volume.</source>
        <translation>En la pestaña Webhooks de la aplicación, como URL de destino. Mantén esta dirección en privado, como una contraseña. Pon la limitación de eventos lo bastante alta para tu volumen de conversaciones.</translation>
    </message>
    <message>
        <source>Loading the webhook URL from OpenCX…</source>
        <translation>Cargando la URL de webhook desde OpenCX…</translation>
    </message>
    <message>
        <source>Webhook URL</source>
        <translation>URL de webhook</translation>
    </message>
    <message>
        <source>Copies the webhook URL to paste in HubSpot</source>
        <translation>Copia la URL de webhook para pegarla en HubSpot</translation>
    </message>
    <message>
        <source>Copy &amp;URL</source>
        <translation>Copiar &amp;URL</translation>
    </message>
    <message>
        <source>On the same Webhooks tab, under HubSpot&apos;s names. The third is a ticket subscription: look under Ticket, not Conversation.</source>
        <translation>En la misma pestaña Webhooks, con los nombres que usa HubSpot. La tercera es una suscripción de tickets: búscala en Ticket, no en Conversación.</translation>
    </message>
    <message>
        <source>Webhook subscriptions the app needs</source>
        <translation>Suscripciones de webhook que necesita la aplicación</translation>
    </message>
    <message>
        <source>On the next page you paste the app&apos;s access token (Auth tab → Show token → Copy).</source>
        <translation>En la página siguiente pegarás el token de acceso de la aplicación (pestaña Autenticación → Mostrar token → Copiar).</translation>
    </message>
</context>
<context>
    <name>LegacyCredentialsContent</name>
    <message>
        <source>1. The private app&apos;s access token</source>
        <translation>1. El token de acceso de la aplicación privada</translation>
    </message>
    <message>
        <source>In HubSpot, open your legacy app, go to the Auth tab, click Show token, then Copy, and paste it here. It is kept in this computer&apos;s keychain, never in a file.</source>
        <translation>En HubSpot, abre tu aplicación heredada, ve a la pestaña Autenticación, haz clic en Mostrar token y luego en Copiar, y pégalo aquí. Se guarda en el almacén de contraseñas de este equipo, nunca en un archivo.</translation>
    </message>
    <message>
        <source>pat-na1-…</source>
        <translation>pat-na1-…</translation>
    </message>
    <message>
        <source>Private app access token</source>
        <translation>Token de acceso de la aplicación privada</translation>
    </message>
    <message>
        <source>Checks the token with HubSpot</source>
        <translation>Comprueba el token con HubSpot</translation>
    </message>
    <message>
        <source>&amp;Check token</source>
        <translation>Com&amp;probar token</translation>
    </message>
    <message>
        <source>2. The default user</source>
        <translation>2. El usuario predeterminado</translation>
    </message>
    <message>
        <source>OpenCX acts as this HubSpot user, for example when it posts replies. Pick a teammate from your portal.</source>
        <translation>OpenCX actúa como este usuario de HubSpot, por ejemplo al publicar respuestas. Elige a un miembro del equipo de tu cuenta.</translation>
    </message>
    <message>
        <source>Teammates</source>
        <translation>Miembros del equipo</translation>
    </message>
    <message>
        <source>Or type the &amp;user ID:</source>
        <translation>O escribe el ID de &amp;usuario:</translation>
    </message>
    <message>
        <source>12345678 or the profile address</source>
        <translation>12345678 o la dirección del perfil</translation>
    </message>
    <message>
        <source>HubSpot user ID or profile address</source>
        <translation>ID de usuario de HubSpot o dirección del perfil</translation>
    </message>
    <message>
        <source>Uses the typed user ID as the default user</source>
        <translation>Usa el ID escrito como usuario predeterminado</translation>
    </message>
    <message>
        <source>Use &amp;this ID</source>
        <translation>Usar &amp;este ID</translation>
    </message>
    <message>
        <source>Saves the token and the default user in OpenCX</source>
        <translation>Guarda el token y el usuario predeterminado en OpenCX</translation>
    </message>
    <message>
        <source>&amp;Save in OpenCX</source>
        <translation>&amp;Guardar en OpenCX</translation>
    </message>
</context>
<context>
    <name>ManagePage</name>
    <message>
        <source>HubSpot connection</source>
        <translation>Conexión con HubSpot</translation>
    </message>
    <message>
        <source>This HubSpot portal is already connected to OpenCX. Change what you need, or run the test message again.</source>
        <translation>Esta cuenta de HubSpot ya está conectada a OpenCX. Cambia lo que necesites o vuelve a enviar el mensaje de prueba.</translation>
    </message>
    <message>
        <source>Recommended action</source>
        <translation>Acción recomendada</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Conexión</translation>
    </message>
    <message>
        <source>HubSpot portal</source>
        <translation>Cuenta de HubSpot</translation>
    </message>
    <message>
        <source>OpenCX organization</source>
        <translation>Organización de OpenCX</translation>
    </message>
    <message>
        <source>AI posts as</source>
        <translation>Remitente de la IA</translation>
    </message>
    <message>
        <source>Email signatures</source>
        <translation>Firmas de correo</translation>
    </message>
    <message>
        <source>Last test message</source>
        <translation>Último mensaje de prueba</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambiar</translation>
    </message>
    <message>
        <source>Change who the AI &amp;posts as</source>
        <translation>Cambiar el remitente de la &amp;IA</translation>
    </message>
    <message>
        <source>Change who the AI posts as</source>
        <translation>Cambiar el remitente de la IA</translation>
    </message>
    <message>
        <source>Change &amp;Autopilot</source>
        <translation>Cambiar Au&amp;topilot</translation>
    </message>
    <message>
        <source>Change Autopilot per channel</source>
        <translation>Cambiar Autopilot por canal</translation>
    </message>
    <message>
        <source>Email &amp;signatures</source>
        <translation>&amp;Firmas de correo</translation>
    </message>
    <message>
        <source>Edit email signatures</source>
        <translation>Editar las firmas de correo</translation>
    </message>
    <message>
        <source>Runs the test message checklist again</source>
        <translation>Vuelve a pasar la lista de comprobación del mensaje de prueba</translation>
    </message>
    <message>
        <source>&amp;Run the test again</source>
        <translation>Repetir la &amp;prueba</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>Desconectar</translation>
    </message>
    <message>
        <source>OpenCX stops reading and answering this portal&apos;s conversations. Existing OpenCX sessions stay available.</source>
        <translation>OpenCX deja de leer y responder las conversaciones de esta cuenta. Las sesiones de OpenCX que ya existen siguen disponibles.</translation>
    </message>
    <message>
        <source>Disco&amp;nnect…</source>
        <translation>De&amp;sconectar…</translation>
    </message>
    <message>
        <source>Disconnect HubSpot from OpenCX</source>
        <translation>Desconectar HubSpot de OpenCX</translation>
    </message>
</context>
<context>
    <name>MethodContent</name>
    <message>
        <source>Choose how OpenCX connects to your HubSpot portal.</source>
        <translation>Elige cómo se conecta OpenCX a tu cuenta de HubSpot.</translation>
    </message>
    <message>
        <source>Confirm switching the connection method</source>
        <translation>Confirmar el cambio de método de conexión</translation>
    </message>
    <message>
        <source>Disconnects the portal, then switches the connection method</source>
        <translation>Desconecta la cuenta y luego cambia el método de conexión</translation>
    </message>
    <message>
        <source>Disconnect and s&amp;witch</source>
        <translation>Desconectar y cam&amp;biar</translation>
    </message>
    <message>
        <source>&amp;Keep the current connection</source>
        <translation>&amp;Seguir con la conexión actual</translation>
    </message>
    <message>
        <source>Keep the current connection</source>
        <translation>Seguir con la conexión actual</translation>
    </message>
    <message>
        <source>What&apos;s the difference between the two ways to connect?</source>
        <translation>¿Qué diferencia hay entre las dos formas de conectar?</translation>
    </message>
    <message>
        <source>Comparison of the two connection methods</source>
        <translation>Comparación de los dos métodos de conexión</translation>
    </message>
    <message>
        <source>Workflow actions (pause, resume, send to AI, request handoff) are available only with Connect with HubSpot.</source>
        <translation>Las acciones de flujo de trabajo (pausar, reanudar, enviar a la IA, pedir traspaso) solo están disponibles con «Conectar con HubSpot».</translation>
    </message>
</context>
<context>
    <name>OAuthConnectContent</name>
    <message>
        <source>Connect in the browser</source>
        <translation>Conectar en el navegador</translation>
    </message>
    <message>
        <source>Connection status</source>
        <translation>Estado de la conexión</translation>
    </message>
    <message>
        <source>✓ Connected with HubSpot</source>
        <translation>✓ Conectado con HubSpot</translation>
    </message>
    <message>
        <source>Connected with HubSpot</source>
        <translation>Conectado con HubSpot</translation>
    </message>
</context>
<context>
    <name>PrerequisitesContent</name>
    <message>
        <source>Connect your HubSpot portal to OpenCX so the AI answers your customers in HubSpot.</source>
        <translation>Conecta tu cuenta de HubSpot a OpenCX para que la IA responda a tus clientes en HubSpot.</translation>
    </message>
    <message>
        <source>When a conversation needs a person, OpenCX hands it to your team. Setup takes about ten minutes; you can close this assistant at any time and it reopens where you stopped.</source>
        <translation>Cuando una conversación necesita a una persona, OpenCX se la pasa a tu equipo. La configuración lleva unos diez minutos; puedes cerrar este asistente en cualquier momento y se volverá a abrir donde lo dejaste.</translation>
    </message>
    <message>
        <source>Make sure that:</source>
        <translation>Asegúrate de que:</translation>
    </message>
    <message>
        <source>Prerequisites checklist</source>
        <translation>Lista de comprobación de requisitos previos</translation>
    </message>
    <message>
        <source>Items marked &quot;checked automatically&quot; were confirmed by OpenCX or HubSpot; the assistant checks the others again as soon as it can.</source>
        <translation>Los puntos marcados como «comprobado automáticamente» los confirmó OpenCX o HubSpot; el asistente vuelve a comprobar los demás en cuanto puede.</translation>
    </message>
</context>
<context>
    <name>SenderPage</name>
    <message>
        <source>Who the AI posts as</source>
        <translation>Remitente de la IA</translation>
    </message>
    <message>
        <source>Pick the HubSpot teammate OpenCX attributes its replies to: click a name and it is saved. Customers see this teammate&apos;s name on email replies. A dedicated AI teammate (for example &quot;Acme Assistant&quot;) makes it clear that a reply came from the AI.</source>
        <translation>Elige el miembro del equipo de HubSpot al que OpenCX atribuye sus respuestas: haz clic en un nombre y queda guardado. Los clientes ven el nombre de este miembro del equipo en las respuestas por correo. Un miembro del equipo dedicado a la IA (por ejemplo, «Asistente de Acme») deja claro que la respuesta la escribió la IA.</translation>
    </message>
    <message>
        <source>The AI does not post as anyone yet.</source>
        <translation>La IA aún no publica en nombre de nadie.</translation>
    </message>
    <message>
        <source>Reads the teammates from HubSpot again</source>
        <translation>Vuelve a leer los miembros del equipo desde HubSpot</translation>
    </message>
    <message>
        <source>&amp;Reload the list</source>
        <translation>&amp;Recargar la lista</translation>
    </message>
</context>
<context>
    <name>SignInContent</name>
    <message>
        <source>Sign in with the OpenCX account you use for the dashboard. Your browser opens on the OpenCX sign-in page; after you sign in there, come back here: this window continues on its own.</source>
        <translation>Inicia sesión con la cuenta de OpenCX que usas para el panel. El navegador se abre en la página de inicio de sesión de OpenCX; cuando hayas iniciado sesión allí, vuelve aquí: esta ventana continúa sola.</translation>
    </message>
    <message>
        <source>Browser sign-in</source>
        <translation>Inicio de sesión en el navegador</translation>
    </message>
    <message>
        <source>Use an &amp;API key instead</source>
        <translation>&amp;Usar una clave de API</translation>
    </message>
    <message>
        <source>Use an API key instead</source>
        <translation>Usar una clave de API en lugar del navegador</translation>
    </message>
    <message>
        <source>API key sign-in</source>
        <translation>Inicio de sesión con clave de API</translation>
    </message>
    <message>
        <source>Create an API key in the OpenCX dashboard (Settings → Access) and paste it here. It is kept in this computer&apos;s keychain, never in a file.</source>
        <translation>Crea una clave de API en el panel de OpenCX («Settings → Access») y pégala aquí. Se guarda en el almacén de contraseñas de este equipo, nunca en un archivo.</translation>
    </message>
    <message>
        <source>ocx_key_…</source>
        <translation>ocx_key_…</translation>
    </message>
    <message>
        <source>OpenCX API key</source>
        <translation>Clave de API de OpenCX</translation>
    </message>
    <message>
        <source>Sign in with &amp;key</source>
        <translation>Iniciar sesión con la cla&amp;ve</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Sesión iniciada</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Cerrar &amp;sesión</translation>
    </message>
    <message>
        <source>Sign out of OpenCX</source>
        <translation>Cerrar sesión en OpenCX</translation>
    </message>
</context>
<context>
    <name>SignaturesPage</name>
    <message>
        <source>New rule</source>
        <translation>Regla nueva</translation>
    </message>
    <message>
        <source>Email signatures</source>
        <translation>Firmas de correo</translation>
    </message>
    <message>
        <source>Signatures are added to the AI&apos;s email replies by the sender&apos;s email domain. Use a domain such as &lt;b&gt;open.cx&lt;/b&gt; for one domain, or &lt;b&gt;*.nl&lt;/b&gt; for every address ending in .nl. An exact domain always wins over a wildcard. This step is optional.</source>
        <translation>Las firmas se añaden a las respuestas por correo de la IA según el dominio de correo del remitente. Usa un dominio como &lt;b&gt;open.cx&lt;/b&gt; para un solo dominio, o &lt;b&gt;*.nl&lt;/b&gt; para todas las direcciones que terminan en .nl. Un dominio exacto siempre tiene prioridad sobre un comodín. Este paso es opcional.</translation>
    </message>
    <message>
        <source>&amp;Rules</source>
        <translation>&amp;Reglas</translation>
    </message>
    <message>
        <source>Signature rules</source>
        <translation>Reglas de firma</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>Aña&amp;dir</translation>
    </message>
    <message>
        <source>Add a signature rule</source>
        <translation>Añadir una regla de firma</translation>
    </message>
    <message>
        <source>R&amp;emove</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>Remove the selected signature rule</source>
        <translation>Eliminar la regla de firma seleccionada</translation>
    </message>
    <message>
        <source>Domain &amp;pattern</source>
        <translation>&amp;Patrón de dominio</translation>
    </message>
    <message>
        <source>open.cx or *.nl</source>
        <translation>open.cx o *.nl</translation>
    </message>
    <message>
        <source>Domain pattern</source>
        <translation>Patrón de dominio</translation>
    </message>
    <message>
        <source>Si&amp;gnature</source>
        <translation>&amp;Firma</translation>
    </message>
    <message>
        <source>Pre&amp;view (what will be saved)</source>
        <translation>&amp;Vista previa (lo que se guardará)</translation>
    </message>
    <message>
        <source>Edit the &amp;HTML (advanced: paste a signature made elsewhere)</source>
        <translation>Editar el &amp;HTML (avanzado: pega una firma hecha en otro sitio)</translation>
    </message>
    <message>
        <source>Signature HTML: paste it here, or change it. Scripts and anything that loads from the internet are removed.</source>
        <translation>HTML de la firma: pégalo aquí o modifícalo. Se quitan los scripts y todo lo que se carga desde internet.</translation>
    </message>
    <message>
        <source>Signature HTML</source>
        <translation>HTML de la firma</translation>
    </message>
    <message>
        <source>&lt;p&gt;Kind regards,&lt;br&gt;The Acme team&lt;/p&gt;</source>
        <translation>&lt;p&gt;Un saludo,&lt;br&gt;El equipo de Acme&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Saves the signature rule in OpenCX</source>
        <translation>Guarda la regla de firma en OpenCX</translation>
    </message>
    <message>
        <source>&amp;Save rule</source>
        <translation>&amp;Guardar regla</translation>
    </message>
    <message>
        <source>&amp;Which signature would an email from this address get?</source>
        <translation>¿Qué firma reci&amp;biría un correo de esta dirección?</translation>
    </message>
    <message>
        <source>anna@shop.nl</source>
        <translation>anna@shop.nl</translation>
    </message>
    <message>
        <source>Email address to test</source>
        <translation>Dirección de correo para probar</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>AI posts as</source>
        <translation>Remitente de la IA</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>This is what was set up. You can change any of it later by opening this assistant again.</source>
        <translation>Esto es lo que se configuró. Puedes cambiar cualquier cosa más adelante abriendo de nuevo este asistente.</translation>
    </message>
    <message>
        <source>What was set up</source>
        <translation>Lo que se configuró</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Conexión</translation>
    </message>
    <message>
        <source>HubSpot portal</source>
        <translation>Cuenta de HubSpot</translation>
    </message>
    <message>
        <source>OpenCX organization</source>
        <translation>Organización de OpenCX</translation>
    </message>
    <message>
        <source>Autopilot</source>
        <translation>Autopilot</translation>
    </message>
    <message>
        <source>Email signatures</source>
        <translation>Firmas de correo</translation>
    </message>
    <message>
        <source>Workflow actions</source>
        <translation>Acciones de flujo de trabajo</translation>
    </message>
    <message>
        <source>Test message</source>
        <translation>Mensaje de prueba</translation>
    </message>
    <message>
        <source>A file for OpenCX support about this setup</source>
        <translation>Un archivo sobre esta configuración para el soporte de OpenCX</translation>
    </message>
    <message>
        <source>&amp;Export diagnostics…</source>
        <translation>E&amp;xportar diagnóstico…</translation>
    </message>
</context>
<context>
    <name>TestChecklistPage</name>
    <message>
        <source>&amp;Start the test</source>
        <translation>&amp;Iniciar la prueba</translation>
    </message>
    <message>
        <source>Send a test message</source>
        <translation>Enviar un mensaje de prueba</translation>
    </message>
    <message>
        <source>Prove that the connection works: send one message the way a customer would, and watch each step of the guide tick itself as it happens.</source>
        <translation>Comprueba que la conexión funciona: envía un mensaje como lo haría un cliente y observa cómo cada paso de la guía se marca solo a medida que ocurre.</translation>
    </message>
    <message>
        <source>1. Before you send</source>
        <translation>1. Antes de enviar</translation>
    </message>
    <message>
        <source>Send the test message by:</source>
        <translation>Envía el mensaje de prueba por:</translation>
    </message>
    <message>
        <source>Channel for the test message</source>
        <translation>Canal del mensaje de prueba</translation>
    </message>
    <message>
        <source>T&amp;urn Autopilot on</source>
        <translation>Ac&amp;tivar Autopilot</translation>
    </message>
    <message>
        <source>Turn Autopilot on for the test channel</source>
        <translation>Activar Autopilot en el canal de prueba</translation>
    </message>
    <message>
        <source>2. Where to send it</source>
        <translation>2. Adónde enviarlo</translation>
    </message>
    <message>
        <source>The message must come in through a channel HubSpot owns: your HubSpot chat widget, or an email address routed through a HubSpot inbox. A message sent anywhere else never reaches HubSpot, so OpenCX cannot see it.</source>
        <translation>El mensaje debe llegar por un canal de HubSpot: tu widget de chat de HubSpot o una dirección de correo conectada a una bandeja de entrada de HubSpot. Un mensaje enviado a cualquier otro sitio nunca llega a HubSpot, así que OpenCX no puede verlo.</translation>
    </message>
    <message>
        <source>Copy &amp;address</source>
        <translation>Copiar &amp;dirección</translation>
    </message>
    <message>
        <source>3. Watch it happen</source>
        <translation>3. Observa cómo ocurre</translation>
    </message>
    <message>
        <source>A practice customer sends the test message for you</source>
        <translation>Un cliente de práctica envía el mensaje de prueba por ti</translation>
    </message>
    <message>
        <source>Send a &amp;test message as a customer</source>
        <translation>Enviar un mensaje de &amp;prueba como cliente</translation>
    </message>
    <message>
        <source>Watches for another test message in the same test</source>
        <translation>Espera otro mensaje de prueba dentro de la misma prueba</translation>
    </message>
    <message>
        <source>&amp;Watch for another message</source>
        <translation>&amp;Esperar otro mensaje</translation>
    </message>
    <message>
        <source>Asks for a handoff to a person, as a customer would</source>
        <translation>Pide el traspaso a una persona, como lo haría un cliente</translation>
    </message>
    <message>
        <source>Request &amp;handoff</source>
        <translation>Pedir tra&amp;spaso</translation>
    </message>
    <message>
        <source>Start the test</source>
        <translation>Iniciar la prueba</translation>
    </message>
    <message>
        <source>Skips the test for now; you can run it later</source>
        <translation>Omite la prueba por ahora; puedes hacerla más tarde</translation>
    </message>
    <message>
        <source>S&amp;kip for now</source>
        <translation>Omitir por a&amp;hora</translation>
    </message>
</context>
<context>
    <name>WorkflowActionsPage</name>
    <message>
        <source>Workflow actions</source>
        <translation>Acciones de flujo de trabajo</translation>
    </message>
    <message>
        <source>Connecting with HubSpot added four OpenCX actions to your HubSpot workflows. Use them when HubSpot rules should control the AI. You find them in HubSpot under Automation → Workflows, when you add an action to a workflow. There is nothing to set up here.</source>
        <translation>Al conectar con HubSpot se añadieron cuatro acciones de OpenCX a tus flujos de trabajo de HubSpot. Úsalas cuando quieras que las reglas de HubSpot controlen la IA. Las encontrarás en HubSpot, en Automatización → Flujos de trabajo, al añadir una acción a un flujo de trabajo. Aquí no hay nada que configurar.</translation>
    </message>
    <message>
        <source>The four actions</source>
        <translation>Las cuatro acciones</translation>
    </message>
    <message>
        <source>&lt;b&gt;Action&lt;/b&gt;</source>
        <translation>&lt;b&gt;Acción&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Use it when&lt;/b&gt;</source>
        <translation>&lt;b&gt;Úsala cuando&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;In your portal&lt;/b&gt;</source>
        <translation>&lt;b&gt;En tu cuenta&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;Check again</source>
        <translation>&amp;Volver a comprobar</translation>
    </message>
    <message>
        <source>Check again which workflow actions are installed</source>
        <translation>Volver a comprobar qué acciones de flujo de trabajo están instaladas</translation>
    </message>
</context>
<context>
    <name>cli.answers_input</name>
    <message>
        <source>OpenCX API key</source>
        <translation>clave de API de OpenCX</translation>
    </message>
    <message>
        <source>private app token</source>
        <translation>token de la aplicación privada</translation>
    </message>
    <message>
        <source>%1 cannot be read (its links lead nowhere)</source>
        <translation>%1 no se puede leer (sus enlaces no llevan a ninguna parte)</translation>
    </message>
    <message>
        <source>%1 is outside the folder of the answers file; keep signature files in that folder or below it</source>
        <translation>%1 está fuera de la carpeta del archivo de respuestas; guarda los archivos de firma en esa carpeta o en una subcarpeta</translation>
    </message>
    <message>
        <source>%1 is larger than %2 KiB, the most a signature may be</source>
        <translation>%1 ocupa más de %2 KiB, el máximo para una firma</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text</source>
        <translation>%1 no es texto UTF-8</translation>
    </message>
    <message>
        <source>%1 is larger than %2 KiB; is it the right file?</source>
        <translation>%1 ocupa más de %2 KiB; ¿es el archivo correcto?</translation>
    </message>
    <message>
        <source>Set %1 to the %2 before running the command.</source>
        <translation>Pon tu %2 en la variable %1 antes de ejecutar el comando.</translation>
    </message>
    <message>
        <source>Store the %1 in the system keychain under &quot;%2&quot;.</source>
        <translation>Guarda tu %1 en el almacén de contraseñas del equipo con el nombre «%2».</translation>
    </message>
    <message>
        <source>Pipe the %1 into the command, for example: ... &lt; key.txt</source>
        <translation>Pasa tu %1 al comando por la entrada estándar, por ejemplo: ... &lt; key.txt</translation>
    </message>
</context>
<context>
    <name>cli.apply</name>
    <message>
        <source>Setup is complete.</source>
        <translation>La configuración está completa.</translation>
    </message>
    <message>
        <source>%1: the practice customer exists only in the sandbox</source>
        <translation>%1: el cliente de práctica solo existe en el entorno de práctica</translation>
    </message>
</context>
<context>
    <name>cli.apply_steps</name>
    <message>
        <source>confirmed in the answers file</source>
        <translation>confirmado en el archivo de respuestas</translation>
    </message>
    <message>
        <source>%1 is checked when HubSpot is connected</source>
        <translation>%1 se comprueba al conectar HubSpot</translation>
    </message>
    <message>
        <source>%1 is not confirmed and HubSpot cannot tell; %2 is checked when HubSpot is connected</source>
        <translation>%1 no está confirmado y HubSpot no puede saberlo; %2 se comprueba al conectar HubSpot</translation>
    </message>
    <message>
        <source>%1 is not confirmed and HubSpot cannot tell; %2 confirmed</source>
        <translation>%1 no está confirmado y HubSpot no puede saberlo; %2 confirmado</translation>
    </message>
    <message>
        <source>%1 (%2 of %3), with the API key</source>
        <translation>%1 (%2 de %3), con la clave de API</translation>
    </message>
    <message>
        <source>Opening your browser to sign in to OpenCX ...</source>
        <translation>Abriendo el navegador para iniciar sesión en OpenCX ...</translation>
    </message>
    <message>
        <source>%1 (%2 of %3), in the browser</source>
        <translation>%1 (%2 de %3), en el navegador</translation>
    </message>
    <message>
        <source>%1 (%2 of %3), with the saved session</source>
        <translation>%1 (%2 de %3), con la sesión guardada</translation>
    </message>
    <message>
        <source>Your role is %1.</source>
        <translation>Tu rol es %1.</translation>
    </message>
    <message>
        <source>Using the sandbox&apos;s practice %1 (%2 is empty).</source>
        <translation>Se usa el valor ficticio del entorno de práctica para: %1 (%2 está vacía).</translation>
    </message>
    <message>
        <source>Once it is fixed, stop this command with Ctrl+C and run it again.</source>
        <translation>Cuando esté resuelto, detén este comando con Ctrl+C y vuelve a ejecutarlo.</translation>
    </message>
    <message>
        <source>Waiting for you in the browser. If it did not open, visit:</source>
        <translation>Esperando a que termines en el navegador. Si no se abrió, visita:</translation>
    </message>
    <message>
        <source>The browser answered; finishing ...</source>
        <translation>El navegador respondió; terminando ...</translation>
    </message>
    <message>
        <source>portal %1 is already connected</source>
        <translation>la cuenta %1 ya está conectada</translation>
    </message>
    <message>
        <source>Opening your browser to approve OpenCX in HubSpot ...</source>
        <translation>Abriendo el navegador para aprobar OpenCX en HubSpot ...</translation>
    </message>
    <message>
        <source>connected portal %1</source>
        <translation>cuenta %1 conectada</translation>
    </message>
    <message>
        <source>HubSpot no longer lets OpenCX into %1: reconnecting ...</source>
        <translation>HubSpot ya no deja entrar a OpenCX en %1: volviendo a conectar ...</translation>
    </message>
    <message>
        <source>Moving OpenCX to %1, as [oauth] portal_id says.</source>
        <translation>Pasando OpenCX a %1, como indica [oauth] portal_id.</translation>
    </message>
    <message>
        <source>Switching %1 from the legacy private app to “Connect with HubSpot” (the guide&apos;s OAuth Public App), without disconnecting ...</source>
        <translation>Pasando %1 de la aplicación privada heredada a «Conectar con HubSpot» (la aplicación pública OAuth de la guía), sin desconectar ...</translation>
    </message>
    <message>
        <source>switched to Connect with HubSpot: portal %1</source>
        <translation>cambiado a «Conectar con HubSpot»: cuenta %1</translation>
    </message>
    <message>
        <source>reconnected: portal %1</source>
        <translation>conexión restablecida: cuenta %1</translation>
    </message>
    <message>
        <source>token accepted by HubSpot for portal %1</source>
        <translation>HubSpot aceptó el token para la cuenta %1</translation>
    </message>
    <message>
        <source>not a HubSpot user</source>
        <translation>no es un usuario de HubSpot</translation>
    </message>
    <message>
        <source>OpenCX acts as HubSpot user %1, not %2. Changing the default user needs a disconnect and a new connection.</source>
        <translation>OpenCX actúa como el usuario de HubSpot %1, no como %2. Para cambiar el usuario predeterminado hay que desconectar y volver a conectar.</translation>
    </message>
    <message>
        <source>the OAuth path needs a [sender] (email = ...)</source>
        <translation>la vía OAuth necesita una sección [sender] (email = ...)</translation>
    </message>
    <message>
        <source>%1 (kept)</source>
        <translation>%1 (se mantiene)</translation>
    </message>
    <message>
        <source>no HubSpot teammate has the email %1 (teammates: %2)</source>
        <translation>ningún miembro del equipo de HubSpot tiene el correo %1 (miembros del equipo: %2)</translation>
    </message>
    <message>
        <source>no HubSpot teammate has the owner id %1 (teammates: %2)</source>
        <translation>ningún miembro del equipo de HubSpot tiene el ID de propietario %1 (miembros del equipo: %2)</translation>
    </message>
    <message>
        <source>turned %1 (now: %2)</source>
        <translation>cambiado: %1 (ahora: %2)</translation>
    </message>
    <message>
        <source>%1 on</source>
        <translation>%1 activado</translation>
    </message>
    <message>
        <source>%1 off</source>
        <translation>%1 desactivado</translation>
    </message>
    <message>
        <source>not a domain pattern</source>
        <translation>no es un patrón de dominio</translation>
    </message>
    <message>
        <source>not usable HTML</source>
        <translation>el HTML no se puede usar</translation>
    </message>
    <message>
        <source>the rule was refused</source>
        <translation>se rechazó la regla</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>added %1; updated %2 (%n rule(s) in all)</source>
        <translation>
            <numerusform>añadido: %1; actualizado: %2 (%n regla en total)</numerusform>
            <numerusform>añadido: %1; actualizado: %2 (%n reglas en total)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>added %1 (%n rule(s) in all)</source>
        <translation>
            <numerusform>añadido: %1 (%n regla en total)</numerusform>
            <numerusform>añadido: %1 (%n reglas en total)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>updated %1 (%n rule(s) in all)</source>
        <translation>
            <numerusform>actualizado: %1 (%n regla en total)</numerusform>
            <numerusform>actualizado: %1 (%n reglas en total)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s), all as in the answers file</source>
        <translation>
            <numerusform>%n regla, igual que en el archivo de respuestas</numerusform>
            <numerusform>%n reglas, todas igual que en el archivo de respuestas</numerusform>
        </translation>
    </message>
    <message>
        <source>the answers file says run = false</source>
        <translation>el archivo de respuestas indica run = false</translation>
    </message>
    <message>
        <source>the simulated customer exists only in the sandbox</source>
        <translation>el cliente de práctica solo existe en el entorno de práctica</translation>
    </message>
    <message>
        <source>Watching for another message in the same test ...</source>
        <translation>Esperando otro mensaje en la misma prueba ...</translation>
    </message>
    <message>
        <source>the test finished; not every item happened, as set up (test run %1)</source>
        <translation>la prueba terminó; no ocurrió todo, según lo configurado (ejecución de prueba %1)</translation>
    </message>
    <message>
        <source>all checks passed (test run %1)</source>
        <translation>se superaron todas las comprobaciones (ejecución de prueba %1)</translation>
    </message>
    <message>
        <source>The simulated customer sends the test message ...</source>
        <translation>El cliente de práctica envía el mensaje de prueba ...</translation>
    </message>
    <message>
        <source>Asking OpenCX to hand the conversation to a human ...</source>
        <translation>Pidiendo a OpenCX que pase la conversación a una persona ...</translation>
    </message>
</context>
<context>
    <name>cli.doctor</name>
    <message>
        <source>ok</source>
        <translation>correcto</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>Qué hacer: %1</translation>
    </message>
    <message numerus="yes">
        <source>Needs attention: %n thing(s).</source>
        <translation>
            <numerusform>Requiere atención: %n punto.</numerusform>
            <numerusform>Requiere atención: %n puntos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Everything that can be checked is fine.</source>
        <translation>Todo lo que se puede comprobar está bien.</translation>
    </message>
    <message>
        <source>Wrote the diagnostics bundle %1</source>
        <translation>Archivo de diagnóstico guardado: %1</translation>
    </message>
</context>
<context>
    <name>cli.doctor_checks</name>
    <message>
        <source>Not signed in to OpenCX.</source>
        <translation>No has iniciado sesión en OpenCX.</translation>
    </message>
    <message>
        <source>Sign in with the assistant, or give an owner&apos;s or admin&apos;s API key.</source>
        <translation>Inicia sesión con el asistente o indica la clave de API de un propietario o administrador.</translation>
    </message>
    <message>
        <source>OpenCX is reachable; signed in as %1 (%2).</source>
        <translation>OpenCX responde; sesión iniciada como %1 (%2).</translation>
    </message>
    <message>
        <source>Your OpenCX role is %1; only owners and admins can manage the HubSpot connection.</source>
        <translation>Tu rol en OpenCX es %1; solo los propietarios y administradores pueden gestionar la conexión con HubSpot.</translation>
    </message>
    <message>
        <source>Ask an owner of the organization to make you an admin.</source>
        <translation>Pide a un propietario de la organización que te haga administrador.</translation>
    </message>
    <message>
        <source>OpenCX role: %1.</source>
        <translation>Rol en OpenCX: %1.</translation>
    </message>
    <message>
        <source>HubSpot is not connected to this OpenCX organization.</source>
        <translation>HubSpot no está conectado a esta organización de OpenCX.</translation>
    </message>
    <message>
        <source>Run the assistant (or `apply`) to connect HubSpot.</source>
        <translation>Abre el asistente (o ejecuta `apply`) para conectar HubSpot.</translation>
    </message>
    <message>
        <source>Reconnect required: %1</source>
        <translation>Hay que volver a conectar: %1</translation>
    </message>
    <message>
        <source>%1: in the assistant&apos;s HubSpot connection page, or run `apply` with your OAuth answers file. %2</source>
        <translation>%1: en la página Conexión con HubSpot del asistente, o ejecuta `apply` con tu archivo de respuestas de OAuth. %2</translation>
    </message>
    <message>
        <source>Connected via %1 to portal %2 (%3).</source>
        <translation>Conectado mediante la %1 a la cuenta %2 (%3).</translation>
    </message>
    <message>
        <source>Connected via %1 to portal %2.</source>
        <translation>Conectado mediante la %1 a la cuenta %2.</translation>
    </message>
    <message>
        <source>Action recommended: this portal still uses a legacy private app. Switching it to “Connect with HubSpot” (the guide&apos;s OAuth Public App) adds workflow actions, renews access by itself, sets up webhooks for you and lets agents take over faster.</source>
        <translation>Acción recomendada: esta cuenta todavía usa una aplicación privada heredada. Pasarla a «Conectar con HubSpot» (la aplicación pública OAuth de la guía) añade las acciones de flujo de trabajo, renueva el acceso por sí sola, configura por ti los webhooks (los avisos de HubSpot a OpenCX) y permite que los agentes tomen el control más rápido.</translation>
    </message>
    <message>
        <source>%1: in the assistant&apos;s HubSpot connection page, or run `apply` with an OAuth answers file. %2</source>
        <translation>%1: en la página Conexión con HubSpot del asistente, o ejecuta `apply` con un archivo de respuestas de OAuth. %2</translation>
    </message>
    <message>
        <source>Workflow actions not installed: %1.</source>
        <translation>Acciones de flujo de trabajo sin instalar: %1.</translation>
    </message>
    <message>
        <source>Reconnect through OAuth to install them.</source>
        <translation>Vuelve a conectar mediante OAuth para instalarlas.</translation>
    </message>
    <message>
        <source>No teammate is set for the AI to post as, so AI replies cannot be posted.</source>
        <translation>No hay ningún miembro del equipo en cuyo nombre publique la IA, así que sus respuestas no se pueden publicar.</translation>
    </message>
    <message>
        <source>Pick the AI sender in the assistant (Who the AI posts as).</source>
        <translation>Elige el remitente de la IA en el asistente (paso «Remitente de la IA»).</translation>
    </message>
    <message>
        <source>The AI posts as %1.</source>
        <translation>La IA publica como %1.</translation>
    </message>
    <message>
        <source>Autopilot is off for %1, the channel you test on: OpenCX stores %1 conversations but does not reply to them.</source>
        <translation>Autopilot está desactivado para %1, el canal en el que haces la prueba: OpenCX guarda las conversaciones de %1, pero no las responde.</translation>
    </message>
    <message>
        <source>Turn Autopilot on for %1 (assistant: Autopilot page).</source>
        <translation>Activa Autopilot para %1 (en el asistente: página Autopilot).</translation>
    </message>
    <message>
        <source>Autopilot: %1.</source>
        <translation>Autopilot: %1.</translation>
    </message>
    <message>
        <source>%1 on</source>
        <translation>%1 activado</translation>
    </message>
    <message>
        <source>%1 off</source>
        <translation>%1 desactivado</translation>
    </message>
    <message>
        <source>not in canonical form</source>
        <translation>no está escrito en su forma estándar</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Some email signature rules are not valid: %1.</source>
        <translation>Algunas reglas de firma de correo no son válidas: %1.</translation>
    </message>
    <message>
        <source>Edit or remove them in the assistant (Email signatures).</source>
        <translation>Edítalas o elimínalas en el asistente (Firmas de correo).</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message numerus="yes">
        <source>%n email signature rule(s) (%1).</source>
        <translation>
            <numerusform>%n regla de firma de correo (%1).</numerusform>
            <numerusform>%n reglas de firma de correo (%1).</numerusform>
        </translation>
    </message>
    <message>
        <source>The private app token is not on this computer, so its scopes were not checked.</source>
        <translation>El token de la aplicación privada no está en este equipo, así que no se comprobaron sus alcances.</translation>
    </message>
    <message>
        <source>Set %1 to check them.</source>
        <translation>Define %1 para comprobarlos.</translation>
    </message>
    <message>
        <source>The private app token for portal %1 is missing scopes: %2.</source>
        <translation>Al token de la aplicación privada de la cuenta %1 le faltan alcances: %2.</translation>
    </message>
    <message>
        <source>Add the missing scopes to the legacy app in HubSpot and commit the change.</source>
        <translation>Añade los alcances que faltan a la aplicación heredada en HubSpot y confirma el cambio.</translation>
    </message>
    <message>
        <source>The private app token for portal %1 has every required scope.</source>
        <translation>El token de la aplicación privada de la cuenta %1 tiene todos los alcances necesarios.</translation>
    </message>
    <message>
        <source>The test message checklist has not been run on this computer.</source>
        <translation>La lista de comprobación del mensaje de prueba no se ha pasado en este equipo.</translation>
    </message>
    <message>
        <source>Run it from the assistant (Send a test message) to prove the connection.</source>
        <translation>Pásala desde el asistente (Enviar un mensaje de prueba) para comprobar la conexión.</translation>
    </message>
    <message>
        <source>The last test run (%1) passed.</source>
        <translation>La última prueba (%1) se superó.</translation>
    </message>
    <message>
        <source>not every check passed</source>
        <translation>no se superaron todas las comprobaciones</translation>
    </message>
    <message>
        <source>The last test run (%1) did not pass: %2.</source>
        <translation>La última prueba (%1) no se superó: %2.</translation>
    </message>
    <message>
        <source>Run the test again.</source>
        <translation>Repite la prueba.</translation>
    </message>
</context>
<context>
    <name>cli.export_answers</name>
    <message>
        <source>Wrote %1</source>
        <translation>Guardado: %1</translation>
    </message>
</context>
<context>
    <name>cli.hubspot_command</name>
    <message>
        <source>standard input or %1</source>
        <translation>la entrada estándar o %1</translation>
    </message>
    <message>
        <source>Portal: %1</source>
        <translation>Cuenta: %1</translation>
    </message>
    <message>
        <source>Granted scopes: %1</source>
        <translation>Alcances concedidos: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Missing scopes: %1</source>
        <translation>Alcances que faltan: %1</translation>
    </message>
    <message>
        <source>Add them on the legacy app&apos;s Scopes tab in HubSpot, commit the change, and check again.</source>
        <translation>Añádelos en la pestaña Alcances de la aplicación heredada en HubSpot, confirma el cambio y vuelve a comprobar.</translation>
    </message>
    <message>
        <source>Every required scope is granted.</source>
        <translation>Todos los alcances necesarios están concedidos.</translation>
    </message>
    <message>
        <source>First teammates:</source>
        <translation>Primeros miembros del equipo:</translation>
    </message>
    <message>
        <source>%1 (user id %2)</source>
        <translation>%1 (ID de usuario %2)</translation>
    </message>
</context>
<context>
    <name>cli.progress_output</name>
    <message>
        <source>ok</source>
        <translation>correcto</translation>
    </message>
    <message>
        <source>done</source>
        <translation>hecho</translation>
    </message>
    <message>
        <source>already set</source>
        <translation>ya configurado</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>omitido</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>FALLÓ</translation>
    </message>
    <message>
        <source>[%1] %2 ...</source>
        <translation>[%1] %2 ...</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>nota: %1</translation>
    </message>
    <message>
        <source>What happened: %1</source>
        <translation>Qué pasó: %1</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>Qué hacer: %1</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Detalles: %1</translation>
    </message>
</context>
<context>
    <name>cli.sandbox_command</name>
    <message>
        <source>The sandbox could not start: %1</source>
        <translation>No se pudo iniciar el entorno de práctica: %1</translation>
    </message>
    <message>
        <source>Sandbox scenario %1 serving at %2</source>
        <translation>Escenario de práctica %1 disponible en %2</translation>
    </message>
    <message>
        <source>OpenCX URL:</source>
        <translation>URL de OpenCX:</translation>
    </message>
    <message>
        <source>HubSpot API URL:</source>
        <translation>URL de la API de HubSpot:</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <source>Practice customer:</source>
        <translation>Cliente de práctica:</translation>
    </message>
    <message>
        <source>Press Ctrl+C to stop.</source>
        <translation>Pulsa Ctrl+C para detenerlo.</translation>
    </message>
    <message>
        <source>Sandbox stopped.</source>
        <translation>Entorno de práctica detenido.</translation>
    </message>
</context>
<context>
    <name>flow.answers</name>
    <message>
        <source>HubSpot account with Service Hub Starter or above</source>
        <translation>Cuenta de HubSpot con Service Hub Starter o superior</translation>
    </message>
    <message>
        <source>The integration uses HubSpot&apos;s conversations and ticketing tools.</source>
        <translation>La integración usa las herramientas de conversaciones y tickets de HubSpot.</translation>
    </message>
    <message>
        <source>You may connect apps to the HubSpot portal</source>
        <translation>Puedes conectar aplicaciones a la cuenta de HubSpot</translation>
    </message>
    <message>
        <source>In HubSpot that means a super admin, or a user with the App Marketplace Access permission, in the portal OpenCX will use.</source>
        <translation>En HubSpot, eso significa ser superadministrador o tener el permiso Acceso al mercado de aplicaciones en la cuenta que usará OpenCX.</translation>
    </message>
    <message>
        <source>You are an owner or admin in OpenCX</source>
        <translation>Eres propietario o administrador en OpenCX</translation>
    </message>
    <message>
        <source>Only organization owners and admins can save integration settings.</source>
        <translation>Solo los propietarios y administradores de la organización pueden guardar la configuración de la integración.</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>propietario</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>administrador</translation>
    </message>
    <message>
        <source>member</source>
        <translation>miembro</translation>
    </message>
    <message>
        <source>Owner %1</source>
        <translation>Propietario %1</translation>
    </message>
</context>
<context>
    <name>flow.answers_file</name>
    <message>
        <source>name exactly one place for the secret: env = &quot;VARIABLE&quot;, keyring = &quot;entry name&quot;, or stdin = true</source>
        <translation>indica un único lugar para el secreto: env = &quot;VARIABLE&quot;, keyring = &quot;nombre de la entrada&quot; o stdin = true</translation>
    </message>
    <message>
        <source>the environment variable %1</source>
        <translation>la variable de entorno %1</translation>
    </message>
    <message>
        <source>the keyring entry &quot;%1&quot;</source>
        <translation>la entrada «%1» del almacén de contraseñas</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>la entrada estándar</translation>
    </message>
    <message>
        <source>sign_in = &quot;api_key&quot; needs api_key = { env = &quot;OPENCX_API_KEY&quot; } (or a keyring entry, or stdin = true)</source>
        <translation>sign_in = &quot;api_key&quot; necesita api_key = { env = &quot;OPENCX_API_KEY&quot; } (o una entrada del almacén de contraseñas, o stdin = true)</translation>
    </message>
    <message>
        <source>give the sender&apos;s email or owner_id (one of them)</source>
        <translation>indica email u owner_id para el remitente (solo uno de los dos)</translation>
    </message>
    <message>
        <source>a channel cannot be turned both on and off: %1</source>
        <translation>un canal no puede estar activado y desactivado a la vez: %1</translation>
    </message>
    <message>
        <source>give html or html_file (one of them)</source>
        <translation>indica html o html_file (solo uno de los dos)</translation>
    </message>
    <message>
        <source>the file contains a secret (a private app token, an OpenCX API key or a sign-in token). Secrets never go in the answers file: name where to find them instead, for example { env = &quot;HUBSPOT_PRIVATE_APP_TOKEN&quot; }</source>
        <translation>el archivo contiene un secreto (un token de aplicación privada, una clave de API de OpenCX o un token de inicio de sesión). Los secretos nunca van en el archivo de respuestas: indica dónde encontrarlos, por ejemplo { env = &quot;HUBSPOT_PRIVATE_APP_TOKEN&quot; }</translation>
    </message>
    <message>
        <source>method = &quot;legacy&quot; needs a [legacy] section with private_app_token and default_user</source>
        <translation>method = &quot;legacy&quot; necesita una sección [legacy] con private_app_token y default_user</translation>
    </message>
    <message>
        <source>[sender] and [[signatures]] exist only for the OAuth method; the legacy path uses [legacy] default_user</source>
        <translation>[sender] y [[signatures]] solo existen para el método OAuth; la vía heredada usa [legacy] default_user</translation>
    </message>
    <message>
        <source>[legacy] is only for method = &quot;legacy&quot;</source>
        <translation>[legacy] solo es para method = &quot;legacy&quot;</translation>
    </message>
    <message>
        <source>only one secret can come from standard input</source>
        <translation>solo un secreto puede venir de la entrada estándar</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the same domain as %2 (&quot;%3&quot;); keep one rule per domain</source>
        <translation>«%1» es el mismo dominio que %2 («%3»); deja una sola regla por dominio</translation>
    </message>
    <message>
        <source>This is not valid TOML: %1.</source>
        <translation>Esto no es TOML válido: %1.</translation>
    </message>
    <message>
        <source>is not a known setting (check the spelling)</source>
        <translation>no es una opción conocida (revisa cómo está escrita)</translation>
    </message>
</context>
<context>
    <name>flow.api_keys</name>
    <message>
        <source>Paste an OpenCX API key, or sign in with the browser.</source>
        <translation>Pega una clave de API de OpenCX o inicia sesión con el navegador.</translation>
    </message>
    <message>
        <source>That is much longer than an OpenCX API key; copy only the key.</source>
        <translation>Es mucho más largo que una clave de API de OpenCX; copia solo la clave.</translation>
    </message>
    <message>
        <source>The API key has spaces, line breaks or invisible characters in the middle, so it was not copied in one piece.</source>
        <translation>La clave de API tiene espacios, saltos de línea o caracteres invisibles en medio, así que no se copió entera.</translation>
    </message>
    <message>
        <source>The API key has characters no OpenCX key has (letters like é, or curly quotes), so it was not copied exactly.</source>
        <translation>La clave de API tiene caracteres que ninguna clave de OpenCX tiene (letras como é o comillas tipográficas), así que no se copió exactamente.</translation>
    </message>
    <message>
        <source>Copy the key again from OpenCX (Settings → Access), or create a new key there.</source>
        <translation>Vuelve a copiar la clave desde OpenCX («Settings → Access») o crea allí una clave nueva.</translation>
    </message>
</context>
<context>
    <name>flow.changes</name>
    <message>
        <source>You signed in to %1, not %2, so the steps after sign-in start over.</source>
        <translation>Iniciaste sesión en %1, no en %2, así que los pasos posteriores al inicio de sesión vuelven a empezar.</translation>
    </message>
    <message>
        <source>Your OpenCX role is %1.</source>
        <translation>Tu rol en OpenCX es %1.</translation>
    </message>
    <message>
        <source>Portal %1 is connected through “Connect with HubSpot”. Switching to an existing legacy app disconnects it first; the steps after this one start over.</source>
        <translation>La cuenta %1 está conectada mediante «Conectar con HubSpot». Al cambiar a una aplicación heredada existente, primero se desconecta; los pasos siguientes vuelven a empezar.</translation>
    </message>
    <message>
        <source>Not confirmed, and HubSpot does not tell apps which subscription a portal has; the portal report shows what could be seen.</source>
        <translation>Sin confirmar, y HubSpot no indica a las aplicaciones qué suscripción tiene una cuenta; el informe de la cuenta muestra lo que se pudo ver.</translation>
    </message>
    <message>
        <source>Invalid pattern.</source>
        <translation>Patrón no válido.</translation>
    </message>
    <message>
        <source>Invalid signature.</source>
        <translation>Firma no válida.</translation>
    </message>
</context>
<context>
    <name>flow.checklist</name>
    <message>
        <source>The test stopped at “%1”: OpenCX never made a session of that message. Send another test message as the cause under it says, then press Watch for another message.</source>
        <translation>La prueba se detuvo en «%1»: OpenCX no creó ninguna sesión con ese mensaje. Envía otro mensaje de prueba como indica la causa que aparece debajo y luego pulsa Esperar otro mensaje.</translation>
    </message>
    <message>
        <source>The test stopped at “%1”. The cause and fix are under it; fix it, then start the test again.</source>
        <translation>La prueba se detuvo en «%1». Debajo verás la causa y la solución; corrígelo y vuelve a iniciar la prueba.</translation>
    </message>
    <message>
        <source>All checks passed: HubSpot and OpenCX work together.</source>
        <translation>Se superaron todas las comprobaciones: HubSpot y OpenCX funcionan juntos.</translation>
    </message>
    <message>
        <source>The test finished: HubSpot and OpenCX work together. Not every item happened, as your settings ask; the reason is under each one marked –.</source>
        <translation>La prueba terminó: HubSpot y OpenCX funcionan juntos. No ocurrió todo, tal como pide tu configuración; el motivo aparece debajo de cada punto marcado con –.</translation>
    </message>
    <message>
        <source>the teammate the AI posts as</source>
        <translation>la persona en cuyo nombre publica la IA</translation>
    </message>
    <message>
        <source>a teammate</source>
        <translation>un miembro del equipo</translation>
    </message>
    <message>
        <source>Your HubSpot inbox “%1” assigns new conversations to %2. The AI stays silent on conversations someone else owns, so your test message would get no AI reply. In HubSpot, change this inbox&apos;s routing so new conversations go to %3 (or to nobody) before you start.</source>
        <translation>Tu bandeja de entrada de HubSpot «%1» asigna las conversaciones nuevas a %2. La IA no responde en las conversaciones asignadas a otra persona, así que tu mensaje de prueba no recibiría respuesta de la IA. Antes de empezar, cambia en HubSpot el enrutamiento de esta bandeja de entrada para que las conversaciones nuevas vayan a %3 (o a nadie).</translation>
    </message>
    <message>
        <source>The test message has not been sent yet, or it is still on its way. Send it from an address outside your company, then wait a minute.</source>
        <translation>El mensaje de prueba aún no se ha enviado o todavía está en camino. Envíalo desde una dirección ajena a tu empresa y espera un minuto.</translation>
    </message>
    <message>
        <source>The message went to an address or widget that HubSpot does not route into an inbox. Send it to an email address connected to a HubSpot inbox, or use the HubSpot chat widget on your site.</source>
        <translation>El mensaje fue a una dirección o a un widget que HubSpot no lleva a ninguna bandeja de entrada. Envíalo a una dirección de correo conectada a una bandeja de entrada de HubSpot o usa el widget de chat de HubSpot de tu sitio web.</translation>
    </message>
    <message>
        <source>Mail sent to OpenCX&apos;s own forwarding address (%1) never reaches HubSpot: it is not a HubSpot channel. Use your HubSpot inbox&apos;s address.</source>
        <translation>El correo enviado a la dirección de reenvío propia de OpenCX (%1) nunca llega a HubSpot: no es un canal de HubSpot. Usa la dirección de tu bandeja de entrada de HubSpot.</translation>
    </message>
    <message>
        <source>HubSpot is not telling OpenCX about new messages. In your legacy app&apos;s Webhooks tab, check the target URL and the three subscriptions (two under Conversation, one under Ticket), then commit the changes.</source>
        <translation>HubSpot no avisa a OpenCX de los mensajes nuevos. En la pestaña Webhooks de tu aplicación heredada, revisa la URL de destino y las tres suscripciones (dos en Conversación, una en Ticket) y confirma los cambios.</translation>
    </message>
    <message>
        <source>The conversation did not come from a HubSpot-owned channel (a HubSpot chat widget or an email address routed through a HubSpot inbox). Send the test message there.</source>
        <translation>La conversación no llegó por un canal de HubSpot (un widget de chat de HubSpot o una dirección de correo conectada a una bandeja de entrada de HubSpot). Envía el mensaje de prueba allí.</translation>
    </message>
    <message>
        <source>The message came from a teammate, from the inbox&apos;s own address, or was an internal note: OpenCX ignores those. Send it from an outside address, as a customer would.</source>
        <translation>El mensaje lo envió un miembro del equipo o la propia dirección de la bandeja de entrada, o era un comentario interno: OpenCX los ignora. Envíalo desde una dirección externa, como lo haría un cliente.</translation>
    </message>
    <message>
        <source>OpenCX takes each message from HubSpot once and does not ask again, so a lost message stays lost. Send another test message.</source>
        <translation>OpenCX recibe cada mensaje de HubSpot una sola vez y no vuelve a pedirlo, así que un mensaje perdido no se recupera. Envía otro mensaje de prueba.</translation>
    </message>
    <message>
        <source>Autopilot is off for %1, so the AI drafts nothing. Turn it on in the Autopilot step.</source>
        <translation>Autopilot está desactivado para %1, así que la IA no redacta nada. Actívalo en el paso Autopilot.</translation>
    </message>
    <message>
        <source>No teammate is set for the AI to post as. Choose one in the “AI posts as” step.</source>
        <translation>No hay ningún miembro del equipo en cuyo nombre publique la IA. Elige uno en el paso «Remitente de la IA».</translation>
    </message>
    <message>
        <source>No default user is set for replies. Set it in the “Save the private app token” step.</source>
        <translation>No hay un usuario predeterminado para las respuestas. Defínelo en el paso «Guardar el token de la aplicación privada».</translation>
    </message>
    <message>
        <source>The AI is still working on the reply, or could not answer. Open the session in OpenCX to see what it did.</source>
        <translation>La IA sigue preparando la respuesta o no pudo responder. Abre la sesión en OpenCX para ver qué hizo.</translation>
    </message>
    <message>
        <source>OpenCX could not create the HubSpot ticket yet. Check that the connection still has its permissions for tickets (reconnect if HubSpot asks).</source>
        <translation>OpenCX aún no ha podido crear el ticket de HubSpot. Comprueba que la conexión sigue teniendo sus permisos para tickets (vuelve a conectar si HubSpot lo pide).</translation>
    </message>
    <message>
        <source>No handoff was asked for yet. Reply to the conversation asking for a human, or press “Request handoff”.</source>
        <translation>Todavía no se ha pedido ningún traspaso. Responde en la conversación pidiendo hablar con una persona o pulsa «Pedir traspaso».</translation>
    </message>
    <message>
        <source>OpenCX could not write the handoff note into the HubSpot thread. Check that the connection still has its permissions (reconnect if HubSpot asks).</source>
        <translation>OpenCX no pudo escribir la nota de traspaso en el hilo de HubSpot. Comprueba que la conexión sigue teniendo sus permisos (vuelve a conectar si HubSpot lo pide).</translation>
    </message>
</context>
<context>
    <name>flow.checklist_causes</name>
    <message>
        <source>the sender</source>
        <translation>el remitente</translation>
    </message>
    <message>
        <source>The message came from %1, a teammate in your HubSpot portal.</source>
        <translation>El mensaje lo envió %1, un miembro del equipo de tu cuenta de HubSpot.</translation>
    </message>
    <message>
        <source>The message came from the inbox&apos;s own address, %1.</source>
        <translation>El mensaje llegó desde la propia dirección de la bandeja de entrada, %1.</translation>
    </message>
    <message>
        <source>The message is an internal note, which customers never see.</source>
        <translation>El mensaje es un comentario interno, que los clientes nunca ven.</translation>
    </message>
    <message>
        <source>The message was sent from HubSpot to the customer, not by the customer.</source>
        <translation>El mensaje lo envió HubSpot al cliente, no el cliente.</translation>
    </message>
    <message>
        <source>OpenCX did not take the message from %1.</source>
        <translation>OpenCX no aceptó el mensaje enviado por %1.</translation>
    </message>
    <message>
        <source>OpenCX ignores messages from teammates and from the inbox&apos;s own address, internal notes and outgoing messages, so it made no session.</source>
        <translation>OpenCX ignora los mensajes de los miembros del equipo y de la propia dirección de la bandeja de entrada, los comentarios internos y los mensajes salientes, así que no creó ninguna sesión.</translation>
    </message>
    <message>
        <source>Send the test from an address outside your company (a personal email address, for example) or from the chat widget on your site, as a customer would.</source>
        <translation>Envía la prueba desde una dirección ajena a tu empresa (por ejemplo, una dirección de correo personal) o desde el widget de chat de tu sitio web, como lo haría un cliente.</translation>
    </message>
    <message>
        <source>this channel</source>
        <translation>este canal</translation>
    </message>
    <message>
        <source>the teammate the AI posts as</source>
        <translation>la persona en cuyo nombre publica la IA</translation>
    </message>
    <message>
        <source>Autopilot is off for %1, so OpenCX stored the conversation but the AI did not reply. Turn Autopilot on for %1 (in the Autopilot step, or in OpenCX under Settings → Autopilot), then send another test message.</source>
        <translation>Autopilot está desactivado para %1, así que OpenCX guardó la conversación, pero la IA no respondió. Activa Autopilot para %1 (en el paso Autopilot o en OpenCX, en «Settings → Autopilot») y envía otro mensaje de prueba.</translation>
    </message>
    <message>
        <source>Assist Mode is on for %1: the AI wrote its answer as a draft, an internal comment only your team sees, not as a reply to the customer. To let the AI answer customers itself, turn Assist Mode off for %1 in OpenCX&apos;s Autopilot settings, then send another test message.</source>
        <translation>Assist Mode está activado para %1: la IA escribió su respuesta como borrador, un comentario interno que solo ve tu equipo, y no como respuesta al cliente. Para que la IA responda directamente a los clientes, desactiva Assist Mode para %1 en la configuración de Autopilot de OpenCX y envía otro mensaje de prueba.</translation>
    </message>
    <message>
        <source>another teammate</source>
        <translation>otro miembro del equipo</translation>
    </message>
    <message>
        <source>The conversation was assigned to %1, not to %2: the AI stays silent on conversations someone else owns. In HubSpot, change the inbox&apos;s routing so new conversations go to %2 (or to nobody), or unassign this conversation, then send another test message.</source>
        <translation>La conversación se asignó a %1, no a %2: la IA no responde en las conversaciones asignadas a otra persona. En HubSpot, cambia el enrutamiento de la bandeja de entrada para que las conversaciones nuevas vayan a %2 (o a nadie), o quita la asignación de esta conversación, y envía otro mensaje de prueba.</translation>
    </message>
    <message>
        <source>The message matched one of your Autopilot handoff topics, so OpenCX handed it to your team without an AI reply. That is what your settings ask for, not a fault. To see an AI reply too, start again and write about something else.</source>
        <translation>El mensaje coincidió con uno de tus temas de traspaso de Autopilot, así que OpenCX se lo pasó a tu equipo sin respuesta de la IA. Es lo que pide tu configuración, no un error. Para ver también una respuesta de la IA, empieza de nuevo y escribe sobre otro tema.</translation>
    </message>
    <message>
        <source>The message matched the Autopilot handoff topic “%1”, so OpenCX handed it to your team without an AI reply. That is what your settings ask for, not a fault. To see an AI reply too, start again and write about something else.</source>
        <translation>El mensaje coincidió con el tema de traspaso de Autopilot «%1», así que OpenCX se lo pasó a tu equipo sin respuesta de la IA. Es lo que pide tu configuración, no un error. Para ver también una respuesta de la IA, empieza de nuevo y escribe sobre otro tema.</translation>
    </message>
    <message>
        <source>OpenCX wrote a reply but HubSpot refused to post it in the conversation. Check that %1 still has a HubSpot seat with access to this inbox, then start the test again.</source>
        <translation>OpenCX escribió una respuesta, pero HubSpot no dejó publicarla en la conversación. Comprueba que %1 sigue teniendo un puesto de HubSpot con acceso a esta bandeja de entrada y vuelve a iniciar la prueba.</translation>
    </message>
    <message>
        <source>The conversation is in HubSpot, but OpenCX never received the message. HubSpot tells OpenCX about each message once and does not try again if that notice is lost, even though HubSpot&apos;s own log shows it as delivered. Waiting will not help: send another test message.</source>
        <translation>La conversación está en HubSpot, pero OpenCX nunca recibió el mensaje. HubSpot avisa a OpenCX de cada mensaje una sola vez y no lo vuelve a intentar si ese aviso se pierde, aunque el propio registro de HubSpot lo muestre como entregado. Esperar no servirá: envía otro mensaje de prueba.</translation>
    </message>
    <message>
        <source>HubSpot is not telling OpenCX about new messages. In your legacy app&apos;s Webhooks tab in HubSpot, check that the target URL is OpenCX&apos;s and that the three subscriptions are there (Conversation → New message, Conversation → Creation, Ticket → Property change), then click Commit changes.</source>
        <translation>HubSpot no avisa a OpenCX de los mensajes nuevos. En HubSpot, en la pestaña Webhooks de tu aplicación heredada, comprueba que la URL de destino es la de OpenCX y que están las tres suscripciones (Conversación → Nuevo mensaje, Conversación → Creación, Ticket → Cambio de propiedad) y haz clic en Confirmar cambios.</translation>
    </message>
    <message>
        <source>Ticket creation is off for your OpenCX organization, so a handoff creates no HubSpot ticket. That is fine if you meant it; if your team works from tickets, turn ticket creation on for your organization in OpenCX.</source>
        <translation>La creación de tickets está desactivada en tu organización de OpenCX, así que un traspaso no crea ningún ticket en HubSpot. Está bien si lo hiciste a propósito; si tu equipo trabaja con tickets, activa la creación de tickets para tu organización en OpenCX.</translation>
    </message>
    <message>
        <source>OpenCX handed the conversation over but could not create the HubSpot ticket: the contact has no email address, and HubSpot links a ticket to its contact by email. Have your chat widget ask for an email address before the chat starts, or test by email.</source>
        <translation>OpenCX traspasó la conversación, pero no pudo crear el ticket de HubSpot: el contacto no tiene dirección de correo y HubSpot vincula cada ticket a su contacto por el correo. Haz que tu widget de chat pida una dirección de correo antes de empezar el chat, o haz la prueba por correo.</translation>
    </message>
    <message>
        <source>Not checked, because an earlier step did not happen.</source>
        <translation>Sin comprobar, porque un paso anterior no ocurrió.</translation>
    </message>
    <message>
        <source>This did not happen before the assistant stopped waiting.</source>
        <translation>Esto no ocurrió antes de que el asistente dejara de esperar.</translation>
    </message>
    <message>
        <source>OpenCX did not say why. Open the session in OpenCX to see what happened.</source>
        <translation>OpenCX no indicó el motivo. Abre la sesión en OpenCX para ver qué pasó.</translation>
    </message>
</context>
<context>
    <name>flow.checklist_view</name>
    <message>
        <source>done</source>
        <translation>hecho</translation>
    </message>
    <message>
        <source>did not happen</source>
        <translation>no ocurrió</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>esperando</translation>
    </message>
    <message>
        <source>taking longer than expected</source>
        <translation>tarda más de lo previsto</translation>
    </message>
    <message>
        <source>did not happen, as set up</source>
        <translation>no ocurrió, según lo configurado</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>sin comprobar</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>correcto</translation>
    </message>
    <message>
        <source>stalled</source>
        <translation>atascado</translation>
    </message>
    <message>
        <source>late</source>
        <translation>con retraso</translation>
    </message>
    <message>
        <source>as set up</source>
        <translation>según lo configurado</translation>
    </message>
    <message>
        <source>Open session</source>
        <translation>Ver sesión</translation>
    </message>
    <message>
        <source>Open in HubSpot</source>
        <translation>Abrir en HubSpot</translation>
    </message>
    <message>
        <source>Open ticket</source>
        <translation>Ver ticket</translation>
    </message>
    <message>
        <source>This is taking longer than expected. Likely causes:</source>
        <translation>Esto tarda más de lo previsto. Causas probables:</translation>
    </message>
    <message>
        <source>You skipped the test. You can run it any time from the HubSpot connection page of this assistant.</source>
        <translation>Omitiste la prueba. Puedes hacerla cuando quieras desde la página Conexión con HubSpot de este asistente.</translation>
    </message>
    <message>
        <source>Starting the test…</source>
        <translation>Iniciando la prueba…</translation>
    </message>
    <message>
        <source>Press Start the test, then send your message to one of the places above.</source>
        <translation>Pulsa Iniciar la prueba y envía tu mensaje a uno de los destinos de arriba.</translation>
    </message>
    <message>
        <source>The test was stopped before it finished. Start it again.</source>
        <translation>La prueba se detuvo antes de terminar. Vuelve a iniciarla.</translation>
    </message>
    <message>
        <source>The AI replied. Press Request handoff to check that a person can take over.</source>
        <translation>La IA respondió. Pulsa Pedir traspaso para comprobar que una persona puede tomar el control.</translation>
    </message>
    <message>
        <source>The message arrived. Waiting for OpenCX and the AI…</source>
        <translation>El mensaje llegó. Esperando a OpenCX y a la IA…</translation>
    </message>
    <message>
        <source>Waiting for the message. Send it now, or press Send a test message as a customer to let the practice customer send it.</source>
        <translation>Esperando el mensaje. Envíalo ahora o pulsa Enviar un mensaje de prueba como cliente para que lo envíe el cliente de práctica.</translation>
    </message>
    <message>
        <source>Waiting for the message. Send it now to one of the places above.</source>
        <translation>Esperando el mensaje. Envíalo ahora a uno de los destinos de arriba.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
</context>
<context>
    <name>flow.consent_refusals</name>
    <message>
        <source>Did HubSpot show one of these messages?</source>
        <translation>¿HubSpot mostró alguno de estos mensajes?</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>«%1»</translation>
    </message>
    <message>
        <source>Insufficient scopes were provided</source>
        <translation>Los alcances proporcionados no son suficientes</translation>
    </message>
    <message>
        <source>Your HubSpot user may not use everything OpenCX asks for.</source>
        <translation>Tu usuario de HubSpot no tiene permiso para usar todo lo que pide OpenCX.</translation>
    </message>
    <message>
        <source>Ask a HubSpot super admin to connect OpenCX, or to give you access to tickets and conversations.</source>
        <translation>Pide a un superadministrador de HubSpot que conecte OpenCX o que te dé acceso a los tickets y las conversaciones.</translation>
    </message>
    <message>
        <source>This account doesn&apos;t have access to some HubSpot features that are required by this app</source>
        <translation>Esta cuenta no tiene acceso a algunas funciones de HubSpot que requiere esta aplicación</translation>
    </message>
    <message>
        <source>This HubSpot account has no Service Hub Starter or above.</source>
        <translation>Esta cuenta de HubSpot no tiene Service Hub Starter ni superior.</translation>
    </message>
    <message>
        <source>Choose the account that has it, or add Service Hub in HubSpot (Account &amp; Billing).</source>
        <translation>Elige la cuenta que lo tiene o añade Service Hub en HubSpot (Cuenta y facturación).</translation>
    </message>
    <message>
        <source>A message that you may not install apps</source>
        <translation>Un mensaje que dice que no puedes instalar aplicaciones</translation>
    </message>
    <message>
        <source>Only HubSpot super admins, and users with App Marketplace Access, may install apps.</source>
        <translation>Solo los superadministradores de HubSpot y los usuarios con el permiso Acceso al mercado de aplicaciones pueden instalar aplicaciones.</translation>
    </message>
    <message>
        <source>Ask a super admin to connect OpenCX, or to give you that permission (Settings → Users &amp; Teams).</source>
        <translation>Pide a un superadministrador que conecte OpenCX o que te dé ese permiso (Configuración → Usuarios y equipos).</translation>
    </message>
</context>
<context>
    <name>flow.controller</name>
    <message>
        <source>Also remove the webhook subscriptions from your HubSpot legacy app: Settings → Integrations → Private Apps → Legacy Apps → your app → Webhooks.</source>
        <translation>Quita también las suscripciones de webhook de tu aplicación heredada de HubSpot: Configuración → Integraciones → Aplicaciones privadas → Aplicaciones heredadas → tu aplicación → Webhooks.</translation>
    </message>
    <message>
        <source>Not a private app token.</source>
        <translation>No es un token de aplicación privada.</translation>
    </message>
    <message>
        <source>Not a HubSpot user ID.</source>
        <translation>No es un ID de usuario de HubSpot.</translation>
    </message>
    <message>
        <source>%1 is not a HubSpot user (a queue or a deactivated owner). Pick a person.</source>
        <translation>%1 no es un usuario de HubSpot (es una cola o un propietario desactivado). Elige a una persona.</translation>
    </message>
    <message>
        <source>Pick the default user first.</source>
        <translation>Primero elige el usuario predeterminado.</translation>
    </message>
    <message>
        <source>The private app token is no longer in this computer&apos;s keychain. Paste it again.</source>
        <translation>El token de la aplicación privada ya no está en el almacén de contraseñas de este equipo. Vuelve a pegarlo.</translation>
    </message>
    <message>
        <source>Start the test first.</source>
        <translation>Primero inicia la prueba.</translation>
    </message>
    <message>
        <source>Type %1 in capitals to confirm.</source>
        <translation>Escribe %1 en mayúsculas para confirmar.</translation>
    </message>
    <message>
        <source>HubSpot is disconnected. Existing OpenCX sessions remain available.</source>
        <translation>HubSpot está desconectado. Las sesiones de OpenCX que ya existen siguen disponibles.</translation>
    </message>
</context>
<context>
    <name>flow.disconnect_effects</name>
    <message>
        <source>Disconnect HubSpot from OpenCX?</source>
        <translation>¿Desconectar HubSpot de OpenCX?</translation>
    </message>
    <message>
        <source>HubSpot is disconnected</source>
        <translation>HubSpot está desconectado</translation>
    </message>
    <message>
        <source>Afterwards, in HubSpot</source>
        <translation>Después, en HubSpot</translation>
    </message>
    <message>
        <source>One more step in HubSpot</source>
        <translation>Un paso más en HubSpot</translation>
    </message>
    <message>
        <source>OpenCX stops reading and answering the conversations of %1: customers who write there get no AI reply.</source>
        <translation>OpenCX deja de leer y responder las conversaciones de %1: los clientes que escriban allí no recibirán respuesta de la IA.</translation>
    </message>
    <message>
        <source>Existing OpenCX sessions stay available in OpenCX.</source>
        <translation>Las sesiones que ya existen siguen disponibles en OpenCX.</translation>
    </message>
    <message>
        <source>Nothing is deleted in HubSpot: its conversations, tickets and contacts stay as they are.</source>
        <translation>No se borra nada en HubSpot: sus conversaciones, tickets y contactos quedan como están.</translation>
    </message>
    <message>
        <source>This computer forgets the legacy app&apos;s token.</source>
        <translation>Este equipo olvida el token de la aplicación heredada.</translation>
    </message>
    <message>
        <source>You can connect again later with this assistant.</source>
        <translation>Puedes volver a conectar más adelante con este asistente.</translation>
    </message>
    <message>
        <source>OpenCX no longer reads or answers the conversations of %1.</source>
        <translation>OpenCX ya no lee ni responde las conversaciones de %1.</translation>
    </message>
    <message>
        <source>Existing OpenCX sessions remain available.</source>
        <translation>Las sesiones de OpenCX que ya existen siguen disponibles.</translation>
    </message>
    <message>
        <source>The legacy app&apos;s token was removed from this computer.</source>
        <translation>El token de la aplicación heredada se eliminó de este equipo.</translation>
    </message>
</context>
<context>
    <name>flow.domains</name>
    <message>
        <source>Enter a domain pattern.</source>
        <translation>Escribe un patrón de dominio.</translation>
    </message>
    <message>
        <source>Leave out http:// or https://.</source>
        <translation>Quita http:// o https://.</translation>
    </message>
    <message>
        <source>Enter only the part after the @, for example open.cx for anna@open.cx.</source>
        <translation>Escribe solo la parte que va después de la @, por ejemplo open.cx para anna@open.cx.</translation>
    </message>
    <message>
        <source>Leave out any path after the domain.</source>
        <translation>Quita cualquier ruta que vaya después del dominio.</translation>
    </message>
    <message>
        <source>Leave out the port number.</source>
        <translation>Quita el número de puerto.</translation>
    </message>
    <message>
        <source>A domain pattern has no spaces.</source>
        <translation>Un patrón de dominio no lleva espacios.</translation>
    </message>
    <message>
        <source>A lone * would match every address. Name an ending, like *.nl.</source>
        <translation>Un * solo coincidiría con todas las direcciones. Indica una terminación, como *.nl.</translation>
    </message>
    <message>
        <source>The * can only stand at the very start, followed by a dot, like *.co.uk.</source>
        <translation>El * solo puede ir al principio, seguido de un punto, como *.co.uk.</translation>
    </message>
    <message>
        <source>Did you mean *%1?</source>
        <translation>¿Querías decir *%1?</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid domain.</source>
        <translation>«%1» no es un dominio válido.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is only an ending. Write *.%1 for every address ending in .%1, or a full domain like example.%1.</source>
        <translation>«%1» es solo una terminación. Escribe *.%1 para todas las direcciones que terminan en .%1, o un dominio completo como ejemplo.%1.</translation>
    </message>
    <message>
        <source>Use a domain like open.cx, or *.nl for every address ending in .nl.</source>
        <translation>Usa un dominio como open.cx, o *.nl para todas las direcciones que terminan en .nl.</translation>
    </message>
</context>
<context>
    <name>flow.guide</name>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Web</source>
        <translation>Web</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Conversación</translation>
    </message>
    <message>
        <source>New message</source>
        <translation>Nuevo mensaje</translation>
    </message>
    <message>
        <source>Creation</source>
        <translation>Creación</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Property change</source>
        <translation>Cambio de propiedad</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Integrations</source>
        <translation>Integraciones</translation>
    </message>
    <message>
        <source>Private Apps</source>
        <translation>Aplicaciones privadas</translation>
    </message>
    <message>
        <source>Legacy Apps</source>
        <translation>Aplicaciones heredadas</translation>
    </message>
    <message>
        <source>Open your legacy app in HubSpot</source>
        <translation>Abre tu aplicación heredada en HubSpot</translation>
    </message>
    <message>
        <source>Check the app has these eight scopes</source>
        <translation>Comprueba que la aplicación tiene estos ocho alcances</translation>
    </message>
    <message>
        <source>Check the app sends its webhooks to this URL</source>
        <translation>Comprueba que la aplicación envía sus webhooks a esta URL</translation>
    </message>
    <message>
        <source>Check the app has these three subscriptions</source>
        <translation>Comprueba que la aplicación tiene estas tres suscripciones</translation>
    </message>
    <message>
        <source>Click Commit changes in HubSpot if you changed anything</source>
        <translation>Haz clic en Confirmar cambios en HubSpot si cambiaste algo</translation>
    </message>
    <message>
        <source>conversations</source>
        <translation>conversaciones</translation>
    </message>
    <message>
        <source>tickets</source>
        <translation>tickets</translation>
    </message>
    <message>
        <source>contacts</source>
        <translation>contactos</translation>
    </message>
    <message>
        <source>companies</source>
        <translation>empresas</translation>
    </message>
    <message>
        <source>deals</source>
        <translation>negocios</translation>
    </message>
    <message>
        <source>owners</source>
        <translation>propietarios</translation>
    </message>
    <message>
        <source>files</source>
        <translation>archivos</translation>
    </message>
    <message>
        <source>lists</source>
        <translation>listas</translation>
    </message>
    <message>
        <source>HubSpot workflow actions</source>
        <translation>acciones de flujo de trabajo de HubSpot</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Conexión</translation>
    </message>
    <message>
        <source>Approve OpenCX on HubSpot&apos;s consent screen</source>
        <translation>Aprueba OpenCX en la pantalla de autorización de HubSpot</translation>
    </message>
    <message>
        <source>Use the legacy private app your portal already has and paste its token</source>
        <translation>Usa la aplicación privada heredada que ya tiene tu cuenta y pega su token</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Tokens de acceso</translation>
    </message>
    <message>
        <source>Issued and refreshed automatically</source>
        <translation>Se emiten y se renuevan automáticamente</translation>
    </message>
    <message>
        <source>One token you copy from the app; rotate it by hand</source>
        <translation>Un token que copias de la aplicación; lo renuevas tú a mano</translation>
    </message>
    <message>
        <source>Webhooks</source>
        <translation>Webhooks</translation>
    </message>
    <message>
        <source>Registered by OpenCX during install</source>
        <translation>OpenCX los registra durante la instalación</translation>
    </message>
    <message>
        <source>You check the webhook URL and three subscriptions on the app yourself</source>
        <translation>Tú mismo revisas en la aplicación la URL de webhook y las tres suscripciones</translation>
    </message>
    <message>
        <source>AI sender</source>
        <translation>Remitente de la IA</translation>
    </message>
    <message>
        <source>Picked from a HubSpot teammate dropdown after connect</source>
        <translation>Se elige en una lista de miembros del equipo de HubSpot tras conectar</translation>
    </message>
    <message>
        <source>A default HubSpot user, picked from your teammates</source>
        <translation>Un usuario predeterminado de HubSpot, elegido entre los miembros de tu equipo</translation>
    </message>
    <message>
        <source>Workflow actions</source>
        <translation>Acciones de flujo de trabajo</translation>
    </message>
    <message>
        <source>Adds OpenCX actions to HubSpot workflows</source>
        <translation>Añade acciones de OpenCX a los flujos de trabajo de HubSpot</translation>
    </message>
    <message>
        <source>Not available</source>
        <translation>No disponible</translation>
    </message>
    <message>
        <source>Since 26 October 2026 HubSpot no longer lets anyone create a legacy app; apps that already exist keep working. HubSpot&apos;s newer Service Keys cannot stand in for one, because they cannot send OpenCX your new conversations. No legacy app in your portal? Choose Connect with HubSpot.</source>
        <translation>Desde el 26 de octubre de 2026, HubSpot ya no permite crear aplicaciones heredadas; las que ya existen siguen funcionando. Las nuevas claves de servicio de HubSpot (Service Keys) no pueden sustituirlas, porque no pueden enviar a OpenCX tus conversaciones nuevas. ¿Tu cuenta no tiene una aplicación heredada? Elige Conectar con HubSpot.</translation>
    </message>
    <message>
        <source>Connect with HubSpot</source>
        <translation>Conectar con HubSpot</translation>
    </message>
    <message>
        <source>Recommended · about two minutes</source>
        <translation>Recomendado · unos dos minutos</translation>
    </message>
    <message>
        <source>Approve OpenCX in HubSpot in your browser. OpenCX sets up the rest and keeps the connection working, and adds its actions to HubSpot workflows.</source>
        <translation>Aprueba OpenCX en HubSpot desde el navegador. OpenCX configura el resto, mantiene la conexión en funcionamiento y añade sus acciones a los flujos de trabajo de HubSpot.</translation>
    </message>
    <message>
        <source>Use an existing legacy app</source>
        <translation>Usar una aplicación heredada existente</translation>
    </message>
    <message>
        <source>Older setups</source>
        <translation>Configuraciones antiguas</translation>
    </message>
    <message>
        <source>Only for a HubSpot portal that already has a legacy app for OpenCX: HubSpot no longer lets anyone create new ones.</source>
        <translation>Solo para una cuenta de HubSpot que ya tiene una aplicación heredada para OpenCX: HubSpot ya no permite crear nuevas.</translation>
    </message>
    <message>
        <source>A HubSpot workflow claims the conversation for a human.</source>
        <translation>Un flujo de trabajo de HubSpot reserva la conversación para una persona.</translation>
    </message>
    <message>
        <source>A workflow returns a handed-off conversation to the AI.</source>
        <translation>Un flujo de trabajo devuelve a la IA una conversación traspasada.</translation>
    </message>
    <message>
        <source>A workflow decides the latest customer message should be processed by the AI.</source>
        <translation>Un flujo de trabajo decide que la IA debe procesar el último mensaje del cliente.</translation>
    </message>
    <message>
        <source>HubSpot should ask OpenCX to hand the session to a human.</source>
        <translation>HubSpot debe pedir a OpenCX que pase la sesión a una persona.</translation>
    </message>
    <message>
        <source>The conversation appears in HubSpot</source>
        <translation>La conversación aparece en HubSpot</translation>
    </message>
    <message>
        <source>A matching session appears in the OpenCX inbox</source>
        <translation>Aparece la sesión correspondiente en la bandeja de entrada de OpenCX</translation>
    </message>
    <message>
        <source>The AI reply posts back to the same HubSpot thread</source>
        <translation>La respuesta de la IA se publica en el mismo hilo de HubSpot</translation>
    </message>
    <message>
        <source>A handoff is triggered</source>
        <translation>Se activa un traspaso</translation>
    </message>
    <message>
        <source>The handoff note appears in HubSpot with a link to the OpenCX session</source>
        <translation>La nota de traspaso aparece en HubSpot con un enlace a la sesión de OpenCX</translation>
    </message>
    <message>
        <source>A HubSpot ticket tagged opencx_handedoff is created for your team</source>
        <translation>Se crea para tu equipo un ticket de HubSpot con la etiqueta opencx_handedoff</translation>
    </message>
    <message>
        <source>The test runs on email or web chat. WhatsApp, SMS and phone conversations never appear in HubSpot: HubSpot only gets a ticket when OpenCX hands one to your team.</source>
        <translation>La prueba se hace por correo o por chat web. Las conversaciones de WhatsApp, SMS y teléfono nunca aparecen en HubSpot: HubSpot solo recibe un ticket cuando OpenCX pasa una de ellas a tu equipo.</translation>
    </message>
</context>
<context>
    <name>flow.message_destination</name>
    <message>
        <source>Use the email address connected to your HubSpot inbox: in HubSpot, open Settings → Inboxes, choose the inbox, and look under Channels.</source>
        <translation>Usa la dirección de correo conectada a tu bandeja de entrada de HubSpot: en HubSpot, abre Configuración → Bandejas de entrada, elige la bandeja de entrada y mira en Canales.</translation>
    </message>
    <message>
        <source>Open a page of your website that shows the HubSpot chat widget: in HubSpot, open Settings → Inboxes, choose the inbox, and look under Channels for the chat.</source>
        <translation>Abre una página de tu sitio web que muestre el widget de chat de HubSpot: en HubSpot, abre Configuración → Bandejas de entrada, elige la bandeja de entrada y busca el chat en Canales.</translation>
    </message>
</context>
<context>
    <name>flow.navigation</name>
    <message>
        <source>Tick each item once it matches in HubSpot. Next: open your legacy app in HubSpot.</source>
        <translation>Marca cada punto cuando coincida en HubSpot. Siguiente: abre tu aplicación heredada en HubSpot.</translation>
    </message>
    <message>
        <source>Tick each item once it matches in HubSpot. Next: check the app has these eight scopes.</source>
        <translation>Marca cada punto cuando coincida en HubSpot. Siguiente: comprueba que la aplicación tiene estos ocho alcances.</translation>
    </message>
    <message>
        <source>Tick each item once it matches in HubSpot. Next: check the app sends its webhooks to this URL.</source>
        <translation>Marca cada punto cuando coincida en HubSpot. Siguiente: comprueba que la aplicación envía sus webhooks a esta URL.</translation>
    </message>
    <message>
        <source>Tick each item once it matches in HubSpot. Next: check the app has these three subscriptions.</source>
        <translation>Marca cada punto cuando coincida en HubSpot. Siguiente: comprueba que la aplicación tiene estas tres suscripciones.</translation>
    </message>
    <message>
        <source>Tick each item once it matches in HubSpot. Next: click Commit changes in HubSpot if you changed anything.</source>
        <translation>Marca cada punto cuando coincida en HubSpot. Siguiente: haz clic en Confirmar cambios en HubSpot si cambiaste algo.</translation>
    </message>
    <message>
        <source>Autopilot is off for %1. OpenCX will store %1 conversations but will not reply to them, so your test message will get no AI reply. Turn it on before you test.</source>
        <translation>Autopilot está desactivado para %1. OpenCX guardará las conversaciones de %1, pero no las responderá, así que tu mensaje de prueba no recibirá respuesta de la IA. Actívalo antes de hacer la prueba.</translation>
    </message>
    <message>
        <source>Not met: %1.</source>
        <translation>Sin cumplir: %1.</translation>
    </message>
    <message>
        <source>Not met: %1. %2</source>
        <translation>Sin cumplir: %1. %2</translation>
    </message>
    <message>
        <source>Confirm each item first: %1.</source>
        <translation>Primero confirma cada punto: %1.</translation>
    </message>
    <message>
        <source>Sign in to OpenCX to continue.</source>
        <translation>Inicia sesión en OpenCX para continuar.</translation>
    </message>
    <message>
        <source>You are signed in as %1, a member of %2. Only owners and admins can connect HubSpot. Ask an owner to make you an admin, or to run this setup.</source>
        <translation>Iniciaste sesión como %1, miembro de %2. Solo los propietarios y administradores pueden conectar HubSpot. Pide a un propietario que te haga administrador o que haga él esta configuración.</translation>
    </message>
    <message>
        <source>Connect with HubSpot and approve OpenCX to continue.</source>
        <translation>Conecta con HubSpot y aprueba OpenCX para continuar.</translation>
    </message>
    <message>
        <source>Pick the teammate the AI posts as.</source>
        <translation>Elige el miembro del equipo en cuyo nombre publica la IA.</translation>
    </message>
    <message>
        <source>Finish the test message checklist, or choose to skip it for now.</source>
        <translation>Completa la lista de comprobación del mensaje de prueba u omítela por ahora.</translation>
    </message>
    <message>
        <source>This is the last step.</source>
        <translation>Este es el último paso.</translation>
    </message>
    <message>
        <source>Paste the private app access token.</source>
        <translation>Pega el token de acceso de la aplicación privada.</translation>
    </message>
    <message>
        <source>The token has not been checked with HubSpot yet.</source>
        <translation>El token aún no se ha comprobado con HubSpot.</translation>
    </message>
    <message>
        <source>The private app is missing these scopes: %1. Add them in HubSpot, then check the token again.</source>
        <translation>A la aplicación privada le faltan estos alcances: %1. Añádelos en HubSpot y vuelve a comprobar el token.</translation>
    </message>
    <message>
        <source>Pick the default user (the teammate OpenCX acts as).</source>
        <translation>Elige el usuario predeterminado (el miembro del equipo en cuyo nombre actúa OpenCX).</translation>
    </message>
    <message>
        <source>Save the credentials in OpenCX to continue.</source>
        <translation>Guarda los datos de acceso en OpenCX para continuar.</translation>
    </message>
    <message>
        <source>The %1 step is not on this path.</source>
        <translation>El paso «%1» no forma parte de este recorrido.</translation>
    </message>
    <message>
        <source>That page cannot be opened from here.</source>
        <translation>Esa página no se puede abrir desde aquí.</translation>
    </message>
    <message>
        <source>That setting exists only with “Connect with HubSpot”.</source>
        <translation>Esa opción solo existe con «Conectar con HubSpot».</translation>
    </message>
</context>
<context>
    <name>flow.newer_version</name>
    <message>
        <source>Version %1 is available</source>
        <translation>La versión %1 está disponible</translation>
    </message>
    <message>
        <source>Opens the page about version %1 in your browser. Nothing is downloaded or installed unless you choose to there.</source>
        <translation>Abre en el navegador la página sobre la versión %1. No se descarga ni se instala nada a menos que lo elijas allí.</translation>
    </message>
</context>
<context>
    <name>flow.portal_report</name>
    <message>
        <source>OpenCX cannot read the portal&apos;s details</source>
        <translation>OpenCX no puede leer los datos de la cuenta</translation>
    </message>
    <message>
        <source>OpenCX does not see new conversations, so the AI never answers</source>
        <translation>OpenCX no ve las conversaciones nuevas, así que la IA nunca responde</translation>
    </message>
    <message>
        <source>the AI cannot post replies or handoff notes in HubSpot</source>
        <translation>la IA no puede publicar respuestas ni notas de traspaso en HubSpot</translation>
    </message>
    <message>
        <source>handoffs create no HubSpot ticket</source>
        <translation>los traspasos no crean ningún ticket en HubSpot</translation>
    </message>
    <message>
        <source>OpenCX cannot find the customer&apos;s contact</source>
        <translation>OpenCX no puede encontrar el contacto del cliente</translation>
    </message>
    <message>
        <source>OpenCX cannot create a contact for a new customer</source>
        <translation>OpenCX no puede crear un contacto para un cliente nuevo</translation>
    </message>
    <message>
        <source>the AI does not see the customer&apos;s company</source>
        <translation>la IA no ve la empresa del cliente</translation>
    </message>
    <message>
        <source>the AI does not see the customer&apos;s deals</source>
        <translation>la IA no ve los negocios del cliente</translation>
    </message>
    <message>
        <source>your teammates cannot be listed to pick who the AI posts as</source>
        <translation>no se pueden listar los miembros de tu equipo para elegir en nombre de quién publica la IA</translation>
    </message>
    <message>
        <source>attachments cannot be passed between HubSpot and OpenCX</source>
        <translation>los archivos adjuntos no se pueden pasar entre HubSpot y OpenCX</translation>
    </message>
    <message>
        <source>HubSpot lists cannot be used</source>
        <translation>no se pueden usar las listas de HubSpot</translation>
    </message>
    <message>
        <source>the four OpenCX workflow actions are not added to HubSpot workflows</source>
        <translation>las cuatro acciones de flujo de trabajo de OpenCX no se añaden a los flujos de trabajo de HubSpot</translation>
    </message>
    <message>
        <source>workflow actions</source>
        <translation>acciones de flujo de trabajo</translation>
    </message>
    <message>
        <source>a standard HubSpot account</source>
        <translation>una cuenta estándar de HubSpot</translation>
    </message>
    <message>
        <source>a HubSpot sandbox account</source>
        <translation>una cuenta sandbox de HubSpot</translation>
    </message>
    <message>
        <source>a developer test account</source>
        <translation>una cuenta de prueba de desarrollador</translation>
    </message>
    <message>
        <source>an app developer account</source>
        <translation>una cuenta de desarrollador de aplicaciones</translation>
    </message>
    <message>
        <source>North America</source>
        <translation>Norteamérica</translation>
    </message>
    <message>
        <source>Europe</source>
        <translation>Europa</translation>
    </message>
    <message>
        <source>Asia Pacific</source>
        <translation>Asia-Pacífico</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Formulario</translation>
    </message>
    <message>
        <source>Calling</source>
        <translation>Llamadas</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1 (inactivo)</translation>
    </message>
    <message>
        <source>no channel connected</source>
        <translation>ningún canal conectado</translation>
    </message>
    <message>
        <source>%1 (help desk): %2</source>
        <translation>%1 (Help Desk): %2</translation>
    </message>
    <message>
        <source>%1 (inbox): %2</source>
        <translation>%1 (bandeja de entrada): %2</translation>
    </message>
    <message>
        <source>Inboxes and permissions: not read yet.</source>
        <translation>Bandejas de entrada y permisos: aún sin leer.</translation>
    </message>
    <message>
        <source>Service Hub subscription: not checked, because HubSpot does not tell apps. OpenCX needs Service Hub Starter or above: you can see yours in HubSpot under Account &amp; Billing.</source>
        <translation>Suscripción a Service Hub: sin comprobar, porque HubSpot no se lo indica a las aplicaciones. OpenCX necesita Service Hub Starter o superior: puedes ver la tuya en HubSpot, en Cuenta y facturación.</translation>
    </message>
    <message>
        <source>Portal type: not reported by HubSpot.</source>
        <translation>Tipo de cuenta: HubSpot no lo indica.</translation>
    </message>
    <message>
        <source>Portal type: %1.</source>
        <translation>Tipo de cuenta: %1.</translation>
    </message>
    <message>
        <source>Portal type: %1, meant for trying things out, not for real customers.</source>
        <translation>Tipo de cuenta: %1, pensada para hacer pruebas, no para clientes reales.</translation>
    </message>
    <message>
        <source>Fine for a trial. For your customers, disconnect and connect your standard portal.</source>
        <translation>Sirve para probar. Para tus clientes, desconéctala y conecta tu cuenta estándar.</translation>
    </message>
    <message>
        <source>Data hosting region: not reported by HubSpot.</source>
        <translation>Región de alojamiento de datos: HubSpot no la indica.</translation>
    </message>
    <message>
        <source>Data hosted in: %1.</source>
        <translation>Datos alojados en: %1.</translation>
    </message>
    <message>
        <source>Inboxes: could not be read, so the inboxes and channels were not checked.</source>
        <translation>Bandejas de entrada: no se pudieron leer, así que no se comprobaron las bandejas de entrada ni los canales.</translation>
    </message>
    <message>
        <source>Check again in a moment. If it keeps failing, check the conversations permission below.</source>
        <translation>Vuelve a comprobarlo en un momento. Si sigue fallando, revisa el permiso de conversaciones que aparece abajo.</translation>
    </message>
    <message>
        <source>Inboxes: none found. OpenCX only sees conversations that arrive in a HubSpot inbox.</source>
        <translation>Bandejas de entrada: no se encontró ninguna. OpenCX solo ve las conversaciones que llegan a una bandeja de entrada de HubSpot.</translation>
    </message>
    <message>
        <source>In HubSpot, create an inbox (Settings → Inboxes &amp; Help Desks) and connect an email address or the chat widget to it.</source>
        <translation>En HubSpot, crea una bandeja de entrada (Configuración → Bandejas de entrada y Help Desks) y conéctale una dirección de correo o el widget de chat.</translation>
    </message>
    <message>
        <source>Inbox: %1</source>
        <translation>Bandeja de entrada: %1</translation>
    </message>
    <message>
        <source>No email address or chat is connected to an inbox, so a test message has nowhere to arrive.</source>
        <translation>No hay ninguna dirección de correo ni chat conectados a una bandeja de entrada, así que un mensaje de prueba no tiene adónde llegar.</translation>
    </message>
    <message>
        <source>In HubSpot, connect an email address or the chat widget to an inbox (Settings → Inboxes &amp; Help Desks).</source>
        <translation>En HubSpot, conecta una dirección de correo o el widget de chat a una bandeja de entrada (Configuración → Bandejas de entrada y Help Desks).</translation>
    </message>
    <message>
        <source>A help desk is in use in this portal.</source>
        <translation>Esta cuenta usa un Help Desk.</translation>
    </message>
    <message>
        <source>No help desk: conversations arrive in an ordinary inbox, which OpenCX also answers.</source>
        <translation>Sin Help Desk: las conversaciones llegan a una bandeja de entrada normal, que OpenCX también responde.</translation>
    </message>
    <message>
        <source>Permissions: HubSpot did not report which permissions were granted.</source>
        <translation>Permisos: HubSpot no indicó qué permisos se concedieron.</translation>
    </message>
    <message>
        <source>Permission %1 is missing: %2.</source>
        <translation>Falta el permiso %1: %2.</translation>
    </message>
    <message>
        <source>OpenCX needs it</source>
        <translation>OpenCX lo necesita</translation>
    </message>
    <message numerus="yes">
        <source>Permissions: all %n that OpenCX requires were granted.</source>
        <translation>
            <numerusform>Permisos: se concedió el %n permiso que necesita OpenCX.</numerusform>
            <numerusform>Permisos: se concedieron los %n que necesita OpenCX.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: granted.</source>
        <translation>%1: concedido.</translation>
    </message>
    <message>
        <source>an optional feature is off</source>
        <translation>una función opcional queda desactivada</translation>
    </message>
    <message>
        <source>%1: not granted, so %2. HubSpot leaves it out when the portal&apos;s subscription does not include it.</source>
        <translation>%1: no concedido, así que %2. HubSpot lo omite cuando la suscripción de la cuenta no lo incluye.</translation>
    </message>
    <message>
        <source>Everything else works. If your subscription includes workflows, disconnect and connect again.</source>
        <translation>Todo lo demás funciona. Si tu suscripción incluye flujos de trabajo, desconecta y vuelve a conectar.</translation>
    </message>
    <message>
        <source>Workflow actions: not available with a legacy private app (only with “Connect with HubSpot”).</source>
        <translation>Acciones de flujo de trabajo: no disponibles con una aplicación privada heredada (solo con «Conectar con HubSpot»).</translation>
    </message>
    <message>
        <source>Optional permission %1 (%2)</source>
        <translation>Permiso opcional %1 (%2)</translation>
    </message>
    <message>
        <source>Optional permission %1</source>
        <translation>Permiso opcional %1</translation>
    </message>
    <message>
        <source>Add it on the legacy app&apos;s Scopes tab in HubSpot, click Commit changes, then check the token again.</source>
        <translation>Añádelo en la pestaña Alcances de la aplicación heredada en HubSpot, haz clic en Confirmar cambios y vuelve a comprobar el token.</translation>
    </message>
    <message>
        <source>Disconnect, then connect with HubSpot again and approve every permission.</source>
        <translation>Desconecta, vuelve a conectar con HubSpot y aprueba todos los permisos.</translation>
    </message>
</context>
<context>
    <name>flow.problems</name>
    <message>
        <source>Check this field</source>
        <translation>Revisa este campo</translation>
    </message>
    <message>
        <source>Correct the field and try again.</source>
        <translation>Corrige el campo y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>Try again. If it happens again, export diagnostics from the Summary page for OpenCX support.</source>
        <translation>Vuelve a intentarlo. Si vuelve a ocurrir, exporta el archivo de diagnóstico desde la página Resumen y envíalo al soporte de OpenCX.</translation>
    </message>
    <message>
        <source>Try again. If it happens again, send %1 to OpenCX support.</source>
        <translation>Vuelve a intentarlo. Si vuelve a ocurrir, envía %1 al soporte de OpenCX.</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Algo salió mal</translation>
    </message>
    <message>
        <source>The assistant ran into an unexpected problem and stopped this action.</source>
        <translation>El asistente tuvo un problema inesperado y detuvo esta acción.</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Detenido</translation>
    </message>
    <message>
        <source>The command was interrupted before it finished.</source>
        <translation>El comando se interrumpió antes de terminar.</translation>
    </message>
    <message>
        <source>Run it again; steps already done are not repeated.</source>
        <translation>Vuelve a ejecutarlo; los pasos ya hechos no se repiten.</translation>
    </message>
    <message>
        <source>Not signed in to OpenCX</source>
        <translation>No has iniciado sesión en OpenCX</translation>
    </message>
    <message>
        <source>This computer has no saved OpenCX session, and no API key was given.</source>
        <translation>Este equipo no tiene ninguna sesión de OpenCX guardada y no se indicó ninguna clave de API.</translation>
    </message>
    <message>
        <source>Set %1 to an owner&apos;s or admin&apos;s OpenCX API key (or use %2), or sign in once with the assistant.</source>
        <translation>Pon en %1 la clave de API de OpenCX de un propietario o administrador (o usa %2), o inicia sesión una vez con el asistente.</translation>
    </message>
    <message>
        <source>Only OpenCX owners and admins can connect HubSpot</source>
        <translation>Solo los propietarios y administradores de OpenCX pueden conectar HubSpot</translation>
    </message>
    <message>
        <source>Run the setup with an owner&apos;s or admin&apos;s API key or browser sign-in.</source>
        <translation>Ejecuta la configuración con la clave de API o el inicio de sesión en el navegador de un propietario o administrador.</translation>
    </message>
    <message>
        <source>HubSpot is not connected</source>
        <translation>HubSpot no está conectado</translation>
    </message>
    <message>
        <source>There is no connection to export for this OpenCX organization.</source>
        <translation>No hay ninguna conexión que exportar en esta organización de OpenCX.</translation>
    </message>
    <message>
        <source>Connect HubSpot first (with the assistant or %1).</source>
        <translation>Primero conecta HubSpot (con el asistente o con %1).</translation>
    </message>
    <message numerus="yes">
        <source>... and %n more</source>
        <translation>
            <numerusform>... y %n más</numerusform>
            <numerusform>... y %n más</numerusform>
        </translation>
    </message>
    <message>
        <source>The answers file cannot be used</source>
        <translation>No se puede usar el archivo de respuestas</translation>
    </message>
    <message>
        <source>%1:
%2</source>
        <translation>%1:
%2</translation>
    </message>
    <message>
        <source>Correct the file (%1 describes every setting) and run again. Nothing was changed: the whole file is checked before anything is saved.</source>
        <translation>Corrige el archivo (%1 describe cada ajuste) y vuelve a ejecutarlo. No se ha cambiado nada: se revisa el archivo entero antes de guardar nada.</translation>
    </message>
    <message>
        <source>An answer was refused</source>
        <translation>Se rechazó una respuesta</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Correct the answers file and run again; nothing else was changed by this step.</source>
        <translation>Corrige el archivo de respuestas y vuelve a ejecutarlo; este paso no ha cambiado nada más.</translation>
    </message>
    <message>
        <source>The setup is not complete</source>
        <translation>La configuración no está completa</translation>
    </message>
    <message>
        <source>Add the missing answer to the answers file and run again.</source>
        <translation>Añade la respuesta que falta al archivo de respuestas y vuelve a ejecutarlo.</translation>
    </message>
    <message>
        <source>The %1 is missing</source>
        <translation>Falta: %1</translation>
    </message>
    <message>
        <source>The answers file says the %1 is in %2, but nothing is there.</source>
        <translation>Según el archivo de respuestas, el dato «%1» está en %2, pero ahí no hay nada.</translation>
    </message>
    <message>
        <source>No private app token</source>
        <translation>No hay token de la aplicación privada</translation>
    </message>
    <message>
        <source>Not a private app token</source>
        <translation>No es un token de aplicación privada</translation>
    </message>
    <message>
        <source>The token is not usable.</source>
        <translation>No se puede usar el token.</translation>
    </message>
    <message>
        <source>Copy the token from the private app&apos;s Auth tab in HubSpot and put it in %1.</source>
        <translation>Copia el token desde la pestaña Autenticación de la aplicación privada en HubSpot y ponlo en %1.</translation>
    </message>
    <message>
        <source>Reconnect with an OAuth answers file (%1), or in the assistant&apos;s HubSpot connection page.</source>
        <translation>Vuelve a conectar con un archivo de respuestas de OAuth (%1) o en la página Conexión con HubSpot del asistente.</translation>
    </message>
    <message>
        <source>HubSpot is connected another way</source>
        <translation>HubSpot está conectado de otra forma</translation>
    </message>
    <message>
        <source>Portal %1 is connected through the %2; the answers file asks for the %3.</source>
        <translation>La cuenta %1 está conectada mediante la %2; el archivo de respuestas pide la %3.</translation>
    </message>
    <message>
        <source>Disconnect HubSpot first (in the assistant&apos;s manage page), or change method in the answers file.</source>
        <translation>Primero desconecta HubSpot (en la página Conexión con HubSpot del asistente) o cambia el método en el archivo de respuestas.</translation>
    </message>
    <message>
        <source>Approve %1 on HubSpot&apos;s screen and run again. To move OpenCX to %2 instead, set %3 in the answers file.</source>
        <translation>Aprueba %1 en la pantalla de autorización de HubSpot y vuelve a ejecutarlo. Si prefieres pasar OpenCX a %2, pon %3 en el archivo de respuestas.</translation>
    </message>
    <message>
        <source>Another HubSpot portal is connected</source>
        <translation>Hay otra cuenta de HubSpot conectada</translation>
    </message>
    <message>
        <source>The answers file expects portal %1, but portal %2 is connected.</source>
        <translation>El archivo de respuestas espera la cuenta %1, pero la cuenta conectada es la %2.</translation>
    </message>
    <message>
        <source>Choose the right portal on HubSpot&apos;s consent screen, or disconnect and run again.</source>
        <translation>Elige la cuenta correcta en la pantalla de autorización de HubSpot o desconecta y vuelve a ejecutarlo.</translation>
    </message>
    <message numerus="yes">
        <source>After %n second(s) this check had not happened: %1.</source>
        <translation>
            <numerusform>Pasado %n segundo, esto aún no había ocurrido: %1.</numerusform>
            <numerusform>Pasados %n segundos, esto aún no había ocurrido: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>After %1 seconds this check had not happened: %2.</source>
        <translation>Pasados %1 segundos, esto aún no había ocurrido: %2.</translation>
    </message>
    <message>
        <source>The test message checklist did not finish</source>
        <translation>La lista de comprobación del mensaje de prueba no terminó</translation>
    </message>
    <message>
        <source>Send the test message to an address or chat widget HubSpot routes, then run again (or raise %1).</source>
        <translation>Envía el mensaje de prueba a una dirección o un widget de chat que HubSpot gestione y vuelve a ejecutarlo (o aumenta %1).</translation>
    </message>
    <message>
        <source>The test message checklist stopped</source>
        <translation>La lista de comprobación del mensaje de prueba se detuvo</translation>
    </message>
    <message>
        <source>This check did not pass: %1.</source>
        <translation>Esta comprobación no se superó: %1.</translation>
    </message>
    <message>
        <source>Not every check passed.</source>
        <translation>No se superaron todas las comprobaciones.</translation>
    </message>
    <message>
        <source>Look at the checklist in the assistant for the likely cause.</source>
        <translation>Mira la lista de comprobación en el asistente para ver la causa probable.</translation>
    </message>
    <message>
        <source>You are signed out of OpenCX</source>
        <translation>Se cerró tu sesión de OpenCX</translation>
    </message>
    <message>
        <source>Your OpenCX sign-in has ended or is no longer accepted.</source>
        <translation>Tu sesión de OpenCX ha caducado o ya no se acepta.</translation>
    </message>
    <message>
        <source>Sign in to OpenCX again.</source>
        <translation>Vuelve a iniciar sesión en OpenCX.</translation>
    </message>
    <message>
        <source>OpenCX did not confirm the connection</source>
        <translation>OpenCX no confirmó la conexión</translation>
    </message>
    <message>
        <source>The credentials were sent, but OpenCX does not show HubSpot as connected.</source>
        <translation>Se enviaron los datos de acceso, pero OpenCX no muestra HubSpot como conectado.</translation>
    </message>
    <message>
        <source>Try Save again. If it keeps happening, export diagnostics for support.</source>
        <translation>Vuelve a hacer clic en Guardar en OpenCX. Si sigue ocurriendo, exporta el archivo de diagnóstico para el soporte.</translation>
    </message>
    <message>
        <source>This API key was not copied correctly</source>
        <translation>Esta clave de API no se copió bien</translation>
    </message>
    <message>
        <source>Add them on the app&apos;s Scopes tab in HubSpot, click Commit changes, then paste the token and check it again.</source>
        <translation>Añádelos en la pestaña Alcances de la aplicación en HubSpot, haz clic en Confirmar cambios, pega el token y vuelve a comprobarlo.</translation>
    </message>
    <message>
        <source>Add them on the app&apos;s Scopes tab in HubSpot, click Commit changes, then run again.</source>
        <translation>Añádelos en la pestaña Alcances de la aplicación en HubSpot, haz clic en Confirmar cambios y vuelve a ejecutarlo.</translation>
    </message>
    <message>
        <source>The legacy app is missing scopes</source>
        <translation>A la aplicación heredada le faltan alcances</translation>
    </message>
    <message>
        <source>HubSpot accepted the token, but the app is missing these scopes: %1.</source>
        <translation>HubSpot aceptó el token, pero a la aplicación le faltan estos alcances: %1.</translation>
    </message>
    <message>
        <source>You approved a different HubSpot portal</source>
        <translation>Aprobaste otra cuenta de HubSpot</translation>
    </message>
    <message>
        <source>OpenCX is connected to %1, but you approved %2 in HubSpot. Nothing has changed yet.</source>
        <translation>OpenCX está conectado a %1, pero en HubSpot aprobaste %2. Todavía no ha cambiado nada.</translation>
    </message>
    <message>
        <source>Go back to the setup assistant: it asks whether OpenCX moves to the new portal or stays with the one it has.</source>
        <translation>Vuelve al asistente de configuración: te preguntará si OpenCX pasa a la nueva cuenta o se queda con la que tiene.</translation>
    </message>
    <message>
        <source>Try again. If it keeps happening, export diagnostics for support.</source>
        <translation>Vuelve a intentarlo. Si sigue ocurriendo, exporta el archivo de diagnóstico para el soporte.</translation>
    </message>
    <message>
        <source>Access was not allowed</source>
        <translation>No se permitió el acceso</translation>
    </message>
    <message>
        <source>You chose not to allow access.</source>
        <translation>Elegiste no permitir el acceso.</translation>
    </message>
    <message>
        <source>To continue, try again and choose to allow access on that page.</source>
        <translation>Para continuar, vuelve a intentarlo y permite el acceso en esa página.</translation>
    </message>
    <message>
        <source>Your HubSpot user may not install apps in that portal</source>
        <translation>Tu usuario de HubSpot no puede instalar aplicaciones en esa cuenta</translation>
    </message>
    <message>
        <source>In the portal you chose, your HubSpot user is not a super admin and does not have the App Marketplace Access permission, which HubSpot requires to install apps like OpenCX.</source>
        <translation>En la cuenta que elegiste, tu usuario de HubSpot no es superadministrador ni tiene el permiso Acceso al mercado de aplicaciones, que HubSpot exige para instalar aplicaciones como OpenCX.</translation>
    </message>
    <message>
        <source>Ask a super admin of that portal to connect OpenCX, or to give you App Marketplace Access (HubSpot: Settings → Users &amp; Teams), then try again.</source>
        <translation>Pide a un superadministrador de esa cuenta que conecte OpenCX o que te dé el permiso Acceso al mercado de aplicaciones (en HubSpot: Configuración → Usuarios y equipos) y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>That HubSpot portal needs Service Hub</source>
        <translation>Esa cuenta de HubSpot necesita Service Hub</translation>
    </message>
    <message>
        <source>HubSpot says the OpenCX app is not available for the selected portal, because the portal does not have Service Hub Starter or above. OpenCX needs it for HubSpot conversations and tickets.</source>
        <translation>HubSpot dice que la aplicación de OpenCX no está disponible para la cuenta elegida, porque la cuenta no tiene Service Hub Starter o superior. OpenCX lo necesita para las conversaciones y los tickets de HubSpot.</translation>
    </message>
    <message>
        <source>Choose a portal that has Service Hub, or add Service Hub to this one in HubSpot (Account &amp; Billing), then try again.</source>
        <translation>Elige una cuenta que tenga Service Hub, o añade Service Hub a esta en HubSpot (Cuenta y facturación), y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>The connection did not go through</source>
        <translation>La conexión no se completó</translation>
    </message>
    <message>
        <source>Something went wrong on the other side while finishing this step.</source>
        <translation>Algo salió mal en el otro extremo al terminar este paso.</translation>
    </message>
    <message>
        <source>Wait a minute and try again. If it keeps happening, export diagnostics for support.</source>
        <translation>Espera un minuto y vuelve a intentarlo. Si sigue ocurriendo, exporta el archivo de diagnóstico para el soporte.</translation>
    </message>
    <message>
        <source>The browser came back with an error the assistant does not know.</source>
        <translation>El navegador volvió con un error que el asistente no conoce.</translation>
    </message>
    <message numerus="yes">
        <source>The assistant waited %n minute(s) for the browser and stopped.</source>
        <translation>
            <numerusform>El asistente esperó %n minuto al navegador y se detuvo.</numerusform>
            <numerusform>El asistente esperó %n minutos al navegador y se detuvo.</numerusform>
        </translation>
    </message>
    <message>
        <source>The browser step took too long</source>
        <translation>El paso en el navegador tardó demasiado</translation>
    </message>
    <message>
        <source>Try again. If the browser did not open, use Copy link and open it yourself.</source>
        <translation>Vuelve a intentarlo. Si el navegador no se abrió, usa Copiar enlace y ábrelo tú.</translation>
    </message>
    <message>
        <source>Start again when you are ready.</source>
        <translation>Vuelve a empezar cuando quieras.</translation>
    </message>
    <message>
        <source>The browser step could not start</source>
        <translation>No se pudo iniciar el paso en el navegador</translation>
    </message>
    <message>
        <source>The service gave an address the assistant will not open.</source>
        <translation>El servicio dio una dirección que el asistente no va a abrir.</translation>
    </message>
    <message>
        <source>This computer did not let the assistant receive the browser&apos;s answer.</source>
        <translation>Este equipo no dejó que el asistente recibiera la respuesta del navegador.</translation>
    </message>
    <message>
        <source>Try again. If it keeps happening, restart the computer, or ask your IT team whether security software blocks programs from listening on this computer.</source>
        <translation>Vuelve a intentarlo. Si sigue ocurriendo, reinicia el equipo o pregunta a tu departamento de TI si algún programa de seguridad impide que otros programas reciban conexiones en este equipo.</translation>
    </message>
</context>
<context>
    <name>flow.reconnect</name>
    <message>
        <source>%1 (portal %2)</source>
        <translation>%1 (cuenta %2)</translation>
    </message>
    <message>
        <source>portal %1</source>
        <translation>cuenta %1</translation>
    </message>
    <message>
        <source>HubSpot needs you to reconnect</source>
        <translation>HubSpot necesita que vuelvas a conectar</translation>
    </message>
    <message>
        <source>Reconnect with HubSpot</source>
        <translation>Volver a conectar con HubSpot</translation>
    </message>
    <message>
        <source>Reconnecting opens HubSpot&apos;s approval screen again and keeps who the AI posts as, your email signatures and Autopilot.</source>
        <translation>Al volver a conectar, se abre otra vez la pantalla de autorización de HubSpot y se conservan el remitente de la IA, tus firmas de correo y Autopilot.</translation>
    </message>
    <message>
        <source>HubSpot no longer lets OpenCX into %1. This happens when the OpenCX app was uninstalled in HubSpot or its permissions were changed. Until you reconnect, OpenCX cannot read or answer this portal&apos;s conversations.</source>
        <translation>HubSpot ya no deja entrar a OpenCX en %1. Esto ocurre cuando se desinstaló la aplicación de OpenCX en HubSpot o se cambiaron sus permisos. Hasta que vuelvas a conectar, OpenCX no puede leer ni responder las conversaciones de esta cuenta.</translation>
    </message>
    <message>
        <source>Workflow actions: HubSpot workflows can pause, resume or call the OpenCX AI.</source>
        <translation>Acciones de flujo de trabajo: los flujos de trabajo de HubSpot pueden pausar, reanudar o llamar a la IA de OpenCX.</translation>
    </message>
    <message>
        <source>No keys to paste or renew: HubSpot lets OpenCX in and renews that access by itself.</source>
        <translation>Sin claves que pegar ni renovar: HubSpot deja entrar a OpenCX y renueva ese acceso por sí solo.</translation>
    </message>
    <message>
        <source>Webhooks set up for you: no subscriptions to keep up in the legacy app.</source>
        <translation>Webhooks (los avisos que HubSpot envía a OpenCX) configurados automáticamente: ya no hay suscripciones que mantener en la aplicación heredada.</translation>
    </message>
    <message>
        <source>Faster agent takeover: when an agent takes a conversation, the AI stops within about a second, not at the customer&apos;s next message.</source>
        <translation>Relevo más rápido por parte del agente: cuando un agente toma una conversación, la IA se detiene en aproximadamente un segundo, no con el siguiente mensaje del cliente.</translation>
    </message>
    <message>
        <source>Tickets, conversations, OpenCX sessions, the default user and your email signatures stay as they are.</source>
        <translation>Los tickets, las conversaciones, las sesiones de OpenCX, el usuario predeterminado y tus firmas de correo se quedan como están.</translation>
    </message>
    <message>
        <source>Action recommended: switch to Connect with HubSpot</source>
        <translation>Acción recomendada: pasa a «Conectar con HubSpot»</translation>
    </message>
    <message>
        <source>Switch to Connect with HubSpot</source>
        <translation>Pasar a «Conectar con HubSpot»</translation>
    </message>
    <message>
        <source>This portal is connected through a legacy private app, which HubSpot no longer lets anyone create. Switch it to “Connect with HubSpot”: you approve OpenCX once on HubSpot&apos;s own screen, without disconnecting. What changes:</source>
        <translation>Esta cuenta está conectada mediante una aplicación privada heredada, y HubSpot ya no permite crear aplicaciones de ese tipo. Pásala a «Conectar con HubSpot»: apruebas OpenCX una sola vez en la propia pantalla de HubSpot, sin desconectar nada. Lo que cambia:</translation>
    </message>
    <message>
        <source>%1 is connected through a legacy private app. When you approve OpenCX in HubSpot, it switches to “Connect with HubSpot” in place, without disconnecting. %2</source>
        <translation>%1 está conectada mediante una aplicación privada heredada. Cuando apruebes OpenCX en HubSpot, pasará directamente a «Conectar con HubSpot», sin desconectarse. %2</translation>
    </message>
    <message>
        <source>Switched to Connect with HubSpot</source>
        <translation>Ahora usas «Conectar con HubSpot»</translation>
    </message>
    <message>
        <source>Reconnected with HubSpot</source>
        <translation>Conexión con HubSpot restablecida</translation>
    </message>
    <message>
        <source>OpenCX no longer uses the legacy private app. You can delete it in HubSpot if you like: Settings → Integrations → Private Apps → Legacy Apps → your app → Delete. Its webhook subscriptions are no longer needed.</source>
        <translation>OpenCX ya no usa la aplicación privada heredada. Si quieres, puedes eliminarla en HubSpot: Configuración → Integraciones → Aplicaciones privadas → Aplicaciones heredadas → tu aplicación → Eliminar. Sus suscripciones de webhook ya no hacen falta.</translation>
    </message>
    <message>
        <source>OpenCX can read and answer this portal&apos;s conversations again.</source>
        <translation>OpenCX puede volver a leer y responder las conversaciones de esta cuenta.</translation>
    </message>
    <message>
        <source>Move OpenCX to another HubSpot portal?</source>
        <translation>¿Pasar OpenCX a otra cuenta de HubSpot?</translation>
    </message>
    <message>
        <source>OpenCX is connected to %1, but you approved %2 in HubSpot.

Continue with %2: OpenCX reads and answers that portal&apos;s conversations from now on. Choose again who the AI posts as, because that portal has its own teammates. Email signatures and Autopilot stay.

Cancel: nothing changes; OpenCX stays with %1.</source>
        <translation>OpenCX está conectado a %1, pero en HubSpot aprobaste %2.

Continuar con %2: desde ahora OpenCX lee y responde las conversaciones de esa cuenta. Vuelve a elegir el remitente de la IA, porque esa cuenta tiene sus propios miembros del equipo. Las firmas de correo y Autopilot se mantienen.

Cancelar: no cambia nada; OpenCX sigue con %1.</translation>
    </message>
    <message>
        <source>Continue with %1</source>
        <translation>Continuar con %1</translation>
    </message>
    <message>
        <source>Cancel, keep %1</source>
        <translation>Cancelar y seguir con %1</translation>
    </message>
</context>
<context>
    <name>flow.signature_html</name>
    <message>
        <source>scripts</source>
        <translation>scripts</translation>
    </message>
    <message>
        <source>event handlers (such as onclick)</source>
        <translation>controladores de eventos (como onclick)</translation>
    </message>
    <message>
        <source>forms</source>
        <translation>formularios</translation>
    </message>
    <message>
        <source>frames and embedded objects</source>
        <translation>marcos y objetos incrustados</translation>
    </message>
    <message>
        <source>style sheets</source>
        <translation>hojas de estilo</translation>
    </message>
    <message>
        <source>remote background images</source>
        <translation>imágenes de fondo remotas</translation>
    </message>
    <message>
        <source>images not served over https</source>
        <translation>imágenes que no se sirven por https</translation>
    </message>
    <message>
        <source>Removed for safety, because email signatures cannot contain them: %1.</source>
        <translation>Se quitaron por seguridad, porque las firmas de correo no pueden contenerlos: %1.</translation>
    </message>
    <message>
        <source>The signature is larger than %1 KB. Email clients clip large signatures; link images instead of embedding them.</source>
        <translation>La firma ocupa más de %1 KB. Los programas de correo recortan las firmas grandes; enlaza las imágenes en lugar de incrustarlas.</translation>
    </message>
    <message>
        <source>Nothing is left of this signature after removing what emails cannot contain. Paste the signature&apos;s HTML, or plain text.</source>
        <translation>No queda nada de esta firma después de quitar lo que los correos no pueden contener. Pega el HTML de la firma o texto sin formato.</translation>
    </message>
    <message>
        <source>Write the signature first.</source>
        <translation>Escribe primero la firma.</translation>
    </message>
    <message>
        <source>Type the address the link opens, like https://acme.com.</source>
        <translation>Escribe la dirección que abre el enlace, como https://acme.com.</translation>
    </message>
    <message>
        <source>That address has no site in it, like https://acme.com.</source>
        <translation>Esa dirección no incluye ningún sitio, como https://acme.com.</translation>
    </message>
    <message>
        <source>Links to the email address %1.</source>
        <translation>Enlaza a la dirección de correo %1.</translation>
    </message>
    <message>
        <source>Links to %1.</source>
        <translation>Enlaza a %1.</translation>
    </message>
    <message>
        <source>A signature link opens a web page (https://…), an email address (mailto:…) or a phone number (tel:…).</source>
        <translation>Un enlace de la firma abre una página web (https://…), una dirección de correo (mailto:…) o un número de teléfono (tel:…).</translation>
    </message>
    <message>
        <source>An address has no spaces. Copy it from the browser&apos;s bar.</source>
        <translation>Una dirección no lleva espacios. Cópiala de la barra del navegador.</translation>
    </message>
    <message>
        <source>Type the image&apos;s address, like https://acme.com/logo.png. Upload the image to your website first if it is only on your computer.</source>
        <translation>Escribe la dirección de la imagen, como https://acme.com/logo.png. Si la imagen solo está en tu equipo, súbela antes a tu sitio web.</translation>
    </message>
    <message>
        <source>Email programs block images on plain http. Use the image&apos;s https:// address.</source>
        <translation>Los programas de correo bloquean las imágenes servidas por http. Usa la dirección https:// de la imagen.</translation>
    </message>
    <message>
        <source>Use the address of an image on the web, starting with https://.</source>
        <translation>Usa la dirección de una imagen en la web, que empiece por https://.</translation>
    </message>
    <message>
        <source>Uses %1.</source>
        <translation>Usa %1.</translation>
    </message>
    <message>
        <source>That address has no site in it, like https://acme.com/logo.png.</source>
        <translation>Esa dirección no incluye ningún sitio, como https://acme.com/logo.png.</translation>
    </message>
</context>
<context>
    <name>flow.signatures</name>
    <message>
        <source>%1 matches %2 exactly, and exact matches always win.</source>
        <translation>%1 coincide exactamente con %2, y las coincidencias exactas siempre tienen prioridad.</translation>
    </message>
    <message>
        <source>%1 ends with .%2, the most specific matching ending.</source>
        <translation>%1 termina en .%2, la terminación coincidente más específica.</translation>
    </message>
    <message>
        <source>There is already a signature for %1. Edit that one instead.</source>
        <translation>Ya hay una firma para %1. Edita esa firma.</translation>
    </message>
</context>
<context>
    <name>flow.steps</name>
    <message>
        <source>OAuth Public App</source>
        <translation>aplicación pública OAuth</translation>
    </message>
    <message>
        <source>legacy private app</source>
        <translation>aplicación privada heredada</translation>
    </message>
    <message>
        <source>Before you start</source>
        <translation>Antes de empezar</translation>
    </message>
    <message>
        <source>Sign in to OpenCX</source>
        <translation>Iniciar sesión en OpenCX</translation>
    </message>
    <message>
        <source>Connection method</source>
        <translation>Método de conexión</translation>
    </message>
    <message>
        <source>Connect with HubSpot</source>
        <translation>Conectar con HubSpot</translation>
    </message>
    <message>
        <source>Find your legacy app</source>
        <translation>Buscar tu aplicación heredada</translation>
    </message>
    <message>
        <source>Save the private app token</source>
        <translation>Guardar el token de la aplicación privada</translation>
    </message>
    <message>
        <source>Who the AI posts as</source>
        <translation>Remitente de la IA</translation>
    </message>
    <message>
        <source>Autopilot</source>
        <translation>Autopilot</translation>
    </message>
    <message>
        <source>Email signatures</source>
        <translation>Firmas de correo</translation>
    </message>
    <message>
        <source>Workflow actions</source>
        <translation>Acciones de flujo de trabajo</translation>
    </message>
    <message>
        <source>Send a test message</source>
        <translation>Enviar un mensaje de prueba</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>HubSpot connection</source>
        <translation>Conexión con HubSpot</translation>
    </message>
</context>
<context>
    <name>flow.tokens</name>
    <message>
        <source>The word &quot;Bearer&quot; in front of the token was removed.</source>
        <translation>Se quitó la palabra «Bearer» que había delante del token.</translation>
    </message>
    <message>
        <source>Paste the private app access token.</source>
        <translation>Pega el token de acceso de la aplicación privada.</translation>
    </message>
    <message>
        <source>That is much longer than a private app token. Copy only the token.</source>
        <translation>Es mucho más largo que un token de aplicación privada. Copia solo el token.</translation>
    </message>
    <message>
        <source>The token has spaces or line breaks in the middle. Copy it again in one piece.</source>
        <translation>El token tiene espacios o saltos de línea en medio. Vuelve a copiarlo entero.</translation>
    </message>
    <message>
        <source>In HubSpot, open Settings → Integrations → Private Apps → Legacy Apps, open your app, and on the Auth tab click Show token, then Copy.</source>
        <translation>En HubSpot, abre Configuración → Integraciones → Aplicaciones privadas → Aplicaciones heredadas, abre tu aplicación y, en la pestaña Autenticación, haz clic en Mostrar token y luego en Copiar.</translation>
    </message>
    <message>
        <source>This starts like a private app token but is incomplete or has extra characters. Copy it again.</source>
        <translation>Empieza como un token de aplicación privada, pero está incompleto o tiene caracteres de más. Vuelve a copiarlo.</translation>
    </message>
    <message>
        <source>This looks like a developer API key, not a private app token. Private app tokens start with pat-.</source>
        <translation>Parece una clave de API de desarrollador, no un token de aplicación privada. Los tokens de aplicación privada empiezan por pat-.</translation>
    </message>
    <message>
        <source>This looks like an OAuth refresh token. The legacy path needs the private app token, which starts with pat-.</source>
        <translation>Parece un token de actualización de OAuth. La conexión heredada necesita el token de la aplicación privada, que empieza por pat-.</translation>
    </message>
    <message>
        <source>This looks like an OAuth access token or a personal access key. The legacy path needs the private app token, which starts with pat-.</source>
        <translation>Parece un token de acceso de OAuth o una clave de acceso personal. La conexión heredada necesita el token de la aplicación privada, que empieza por pat-.</translation>
    </message>
    <message>
        <source>This is not a HubSpot private app token; those start with pat-.</source>
        <translation>No es un token de aplicación privada de HubSpot; esos empiezan por pat-.</translation>
    </message>
</context>
<context>
    <name>flow.user_ids</name>
    <message>
        <source>Pick the teammate from the list, or in HubSpot open Settings → Users &amp; Teams, open the teammate&apos;s profile and copy the number at the end of the address.</source>
        <translation>Elige al miembro del equipo en la lista, o en HubSpot abre Configuración → Usuarios y equipos, abre el perfil de esa persona y copia el número del final de la dirección.</translation>
    </message>
    <message>
        <source>Enter the HubSpot user ID.</source>
        <translation>Escribe el ID de usuario de HubSpot.</translation>
    </message>
    <message>
        <source>HubSpot wants the number only, so &quot;%1&quot; became %2.</source>
        <translation>HubSpot solo quiere el número, así que «%1» pasó a ser %2.</translation>
    </message>
    <message>
        <source>The user ID is a number, like 1234567, with no letters.</source>
        <translation>El ID de usuario es un número, como 1234567, sin letras.</translation>
    </message>
    <message>
        <source>That address is not a HubSpot page.</source>
        <translation>Esa dirección no es una página de HubSpot.</translation>
    </message>
    <message>
        <source>That HubSpot address does not end with a user ID. Open the teammate&apos;s profile itself and copy its address.</source>
        <translation>Esa dirección de HubSpot no termina en un ID de usuario. Abre el perfil de la persona y copia su dirección.</translation>
    </message>
    <message>
        <source>Took the user ID %1 from the end of the HubSpot address.</source>
        <translation>Se tomó el ID de usuario %1 del final de la dirección de HubSpot.</translation>
    </message>
    <message>
        <source>0 is not a HubSpot user ID.</source>
        <translation>0 no es un ID de usuario de HubSpot.</translation>
    </message>
    <message>
        <source>That number is too long to be a HubSpot user ID.</source>
        <translation>Ese número es demasiado largo para ser un ID de usuario de HubSpot.</translation>
    </message>
    <message>
        <source>Leading zeros were removed: %1.</source>
        <translation>Se quitaron los ceros iniciales: %1.</translation>
    </message>
    <message>
        <source>Not a HubSpot user ID.</source>
        <translation>No es un ID de usuario de HubSpot.</translation>
    </message>
    <message>
        <source>Nobody in this HubSpot portal has the user ID %1. Pick the teammate from the list, or check the number in HubSpot under Settings → Users &amp; Teams.</source>
        <translation>Nadie en esta cuenta de HubSpot tiene el ID de usuario %1. Elige al miembro del equipo en la lista o comprueba el número en HubSpot, en Configuración → Usuarios y equipos.</translation>
    </message>
    <message>
        <source>%1 is the owner number of %2; their user ID is %3.</source>
        <translation>%1 es el número de propietario de %2; su ID de usuario es %3.</translation>
    </message>
    <message>
        <source>User ID %1 is %2.</source>
        <translation>El ID de usuario %1 es %2.</translation>
    </message>
</context>
<context>
    <name>flow.workflow_actions</name>
    <message>
        <source>✓ Installed</source>
        <translation>✓ Instalada</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Falta</translation>
    </message>
    <message>
        <source>Not known yet</source>
        <translation>Aún no se sabe</translation>
    </message>
    <message>
        <source>%1 of %2 installed</source>
        <translation>%1 de %2 instaladas</translation>
    </message>
    <message>
        <source>OpenCX has not reported the workflow actions yet.</source>
        <translation>OpenCX aún no ha informado de las acciones de flujo de trabajo.</translation>
    </message>
    <message>
        <source>Not installed: %1. OpenCX adds them when you connect with HubSpot: disconnect and connect with HubSpot again to add them, or ask OpenCX support.</source>
        <translation>No instaladas: %1. OpenCX las añade cuando conectas con HubSpot: desconecta y vuelve a conectar con HubSpot para añadirlas, o pregunta al soporte de OpenCX.</translation>
    </message>
    <message>
        <source>All four actions are ready to use in your workflows.</source>
        <translation>Las cuatro acciones están listas para usarse en tus flujos de trabajo.</translation>
    </message>
</context>
<context>
    <name>gui.answer_text</name>
    <message>
        <source>Not connected</source>
        <translation>No conectado</translation>
    </message>
    <message>
        <source>Reconnect required</source>
        <translation>Hay que volver a conectar</translation>
    </message>
    <message>
        <source>Connected through “Connect with HubSpot”</source>
        <translation>Conectado mediante «Conectar con HubSpot»</translation>
    </message>
    <message>
        <source>Connected with a legacy private app</source>
        <translation>Conectado con una aplicación privada heredada</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguna</translation>
    </message>
    <message>
        <source>Portal</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Open the HubSpot inbox</source>
        <translation>Abrir la bandeja de entrada de HubSpot</translation>
    </message>
    <message>
        <source>%1 (portal ID %2)</source>
        <translation>%1 (ID de cuenta %2)</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Sin iniciar sesión</translation>
    </message>
    <message>
        <source>%1 (signed in as %2)</source>
        <translation>%1 (sesión iniciada como %2)</translation>
    </message>
    <message>
        <source>User ID %1</source>
        <translation>ID de usuario %1</translation>
    </message>
    <message>
        <source>Not chosen</source>
        <translation>Sin elegir</translation>
    </message>
    <message>
        <source>Not read from OpenCX yet</source>
        <translation>Aún no se ha leído de OpenCX</translation>
    </message>
    <message>
        <source>on for %1; off for %2</source>
        <translation>activado en %1; desactivado en %2</translation>
    </message>
    <message>
        <source>on for %1</source>
        <translation>activado en %1</translation>
    </message>
    <message>
        <source>off for %1</source>
        <translation>desactivado en %1</translation>
    </message>
    <message>
        <source>None (optional)</source>
        <translation>Ninguna (opcional)</translation>
    </message>
    <message>
        <source>Not reported</source>
        <translation>Sin información</translation>
    </message>
    <message>
        <source>All four installed</source>
        <translation>Las cuatro instaladas</translation>
    </message>
    <message>
        <source>%1 of %2 installed</source>
        <translation>%1 de %2 instaladas</translation>
    </message>
    <message>
        <source>Not run yet</source>
        <translation>Aún no se ha enviado</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Omitido</translation>
    </message>
    <message>
        <source>Open the OpenCX session</source>
        <translation>Abrir la sesión de OpenCX</translation>
    </message>
    <message>
        <source>All checks passed</source>
        <translation>Se superaron todas las comprobaciones</translation>
    </message>
    <message>
        <source>Passed; as set up, not done: %1</source>
        <translation>Correcto; según lo configurado, sin hacer: %1</translation>
    </message>
    <message>
        <source>Stopped at: %1</source>
        <translation>Se detuvo en: %1</translation>
    </message>
    <message>
        <source>Not finished (%1 of 5 checks passed)</source>
        <translation>Sin terminar (%1 de 5 comprobaciones superadas)</translation>
    </message>
</context>
<context>
    <name>gui.crash_dialog</name>
    <message>
        <source>Something went wrong</source>
        <translation>Algo salió mal</translation>
    </message>
    <message>
        <source>The assistant ran into a problem it did not expect. Your progress is saved. You can keep going, or quit and open the assistant again. If it happens again, save the diagnostics and send the file to OpenCX support.</source>
        <translation>El asistente tuvo un problema inesperado. Tu progreso está guardado. Puedes seguir, o salir y volver a abrir el asistente. Si vuelve a ocurrir, guarda el archivo de diagnóstico y envíalo al soporte de OpenCX.</translation>
    </message>
    <message>
        <source>The assistant closed unexpectedly last time</source>
        <translation>El asistente se cerró de forma inesperada la última vez</translation>
    </message>
    <message>
        <source>Your progress was saved and the setup continues where you left off. A report of what happened was kept: save the diagnostics to send it to OpenCX support.</source>
        <translation>Tu progreso se guardó y la configuración sigue donde la dejaste. Se guardó un informe de lo ocurrido: guarda el archivo de diagnóstico para enviarlo al soporte de OpenCX.</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Save diagnostics…</source>
        <translation>Guardar diagnóstico…</translation>
    </message>
    <message>
        <source>Keep going</source>
        <translation>Seguir</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Detalles: %1</translation>
    </message>
    <message>
        <source>Save diagnostics for OpenCX support</source>
        <translation>Guardar el archivo de diagnóstico para el soporte de OpenCX</translation>
    </message>
    <message>
        <source>Diagnostics bundle (*.zip)</source>
        <translation>Archivo de diagnóstico (*.zip)</translation>
    </message>
    <message>
        <source>Saved as %1. It contains no passwords or keys; send it to OpenCX support.</source>
        <translation>Guardado como %1. No contiene contraseñas ni claves; envíalo al soporte de OpenCX.</translation>
    </message>
    <message>
        <source>Saving diagnostics…</source>
        <translation>Guardando el archivo de diagnóstico…</translation>
    </message>
</context>
<context>
    <name>gui.launch</name>
    <message>
        <source>%1 This session keeps no log.</source>
        <translation>%1 Esta sesión no guarda ningún registro.</translation>
    </message>
    <message>
        <source>%1 The setup works, but closing the assistant loses your place.</source>
        <translation>%1 La configuración funciona, pero si cierras el asistente, perderás el punto en el que estás.</translation>
    </message>
    <message>
        <source>%1 is already open; it was brought to the front.</source>
        <translation>%1 ya está abierto; se ha puesto en primer plano.</translation>
    </message>
</context>
<context>
    <name>gui.page</name>
    <message>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
</context>
<context>
    <name>gui.pages.autopilot</name>
    <message>
        <source>On</source>
        <translation>Activado</translation>
    </message>
    <message>
        <source>Autopilot for %1</source>
        <translation>Autopilot en %1</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Desactivado</translation>
    </message>
    <message>
        <source>not read yet</source>
        <translation>aún no leído</translation>
    </message>
    <message>
        <source>OpenCX replies on this channel</source>
        <translation>OpenCX responde en este canal</translation>
    </message>
    <message>
        <source>OpenCX stores conversations but does not reply</source>
        <translation>OpenCX guarda las conversaciones, pero no responde</translation>
    </message>
    <message>
        <source>Reading the Autopilot settings from OpenCX…</source>
        <translation>Leyendo la configuración de Autopilot de OpenCX…</translation>
    </message>
    <message>
        <source>Turning Autopilot on for %1…</source>
        <translation>Activando Autopilot en %1…</translation>
    </message>
    <message>
        <source>Turning Autopilot off for %1…</source>
        <translation>Desactivando Autopilot en %1…</translation>
    </message>
</context>
<context>
    <name>gui.pages.legacy_app</name>
    <message>
        <source>No legacy app in your portal? HubSpot no longer lets anyone create one: connect with HubSpot instead, the recommended way (about two minutes).</source>
        <translation>¿No hay ninguna aplicación heredada en tu cuenta? HubSpot ya no permite crearlas: conecta con HubSpot, la forma recomendada (unos dos minutos).</translation>
    </message>
    <message>
        <source>Connect with HubSpot instead</source>
        <translation>Conectar con HubSpot</translation>
    </message>
    <message>
        <source>In HubSpot, go to %1 and open the app OpenCX uses.</source>
        <translation>En HubSpot, ve a %1 y abre la aplicación que usa OpenCX.</translation>
    </message>
    <message>
        <source>Object type</source>
        <translation>Tipo de objeto</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Getting your webhook URL from OpenCX…</source>
        <translation>Obteniendo de OpenCX tu URL de webhook…</translation>
    </message>
    <message>
        <source>Switching to Connect with HubSpot…</source>
        <translation>Cambiando a Conectar con HubSpot…</translation>
    </message>
</context>
<context>
    <name>gui.pages.legacy_credentials</name>
    <message>
        <source>✓ Token checked with HubSpot: every required scope is granted.</source>
        <translation>✓ Token comprobado con HubSpot: tiene todos los alcances necesarios.</translation>
    </message>
    <message>
        <source>✓ Saved. OpenCX is connected to HubSpot portal %1.</source>
        <translation>✓ Guardado. OpenCX está conectado a la cuenta de HubSpot %1.</translation>
    </message>
    <message>
        <source>Default user: %1, user ID %2</source>
        <translation>Usuario predeterminado: %1, ID de usuario %2</translation>
    </message>
    <message>
        <source>Default user: user ID %1</source>
        <translation>Usuario predeterminado: ID de usuario %1</translation>
    </message>
    <message>
        <source>Nobody in this HubSpot portal has the user ID %1. Pick the teammate from the list.</source>
        <translation>Nadie en esta cuenta de HubSpot tiene el ID de usuario %1. Elige al miembro del equipo en la lista.</translation>
    </message>
    <message>
        <source>This looks like a private app token. Click Check token.</source>
        <translation>Parece un token de aplicación privada. Haz clic en Comprobar token.</translation>
    </message>
    <message>
        <source>Checking the token with HubSpot…</source>
        <translation>Comprobando el token con HubSpot…</translation>
    </message>
    <message>
        <source>Loading your HubSpot teammates…</source>
        <translation>Cargando los miembros de tu equipo de HubSpot…</translation>
    </message>
    <message>
        <source>Saving the credentials in OpenCX…</source>
        <translation>Guardando los datos de acceso en OpenCX…</translation>
    </message>
</context>
<context>
    <name>gui.pages.manage</name>
    <message>
        <source>Default user</source>
        <translation>Usuario predeterminado</translation>
    </message>
    <message>
        <source>AI posts as</source>
        <translation>Remitente de la IA</translation>
    </message>
    <message>
        <source>Reconnect with HubSpot first.</source>
        <translation>Primero vuelve a conectar con HubSpot.</translation>
    </message>
    <message>
        <source>Reading the email signatures…</source>
        <translation>Leyendo las firmas de correo…</translation>
    </message>
    <message>
        <source>Disconnecting HubSpot…</source>
        <translation>Desconectando HubSpot…</translation>
    </message>
</context>
<context>
    <name>gui.pages.method</name>
    <message>
        <source>Connect with HubSpot</source>
        <translation>Conectar con HubSpot</translation>
    </message>
    <message>
        <source>Existing legacy app</source>
        <translation>Aplicación heredada existente</translation>
    </message>
    <message>
        <source>What&apos;s the di&amp;fference?</source>
        <translation>¿Cuál es la &amp;diferencia?</translation>
    </message>
    <message>
        <source>Saving your choice…</source>
        <translation>Guardando tu elección…</translation>
    </message>
    <message>
        <source>Disconnecting HubSpot, then switching…</source>
        <translation>Desconectando HubSpot para cambiar de método…</translation>
    </message>
</context>
<context>
    <name>gui.pages.oauth_connect</name>
    <message>
        <source>Your browser opens HubSpot&apos;s consent screen. Choose the HubSpot portal OpenCX should use, review the permissions and click Connect app. HubSpot then sends you back, and this window continues on its own.</source>
        <translation>El navegador abre la pantalla de autorización de HubSpot. Elige la cuenta de HubSpot que debe usar OpenCX, revisa los permisos y haz clic en Conectar aplicación. Después HubSpot te devuelve aquí y esta ventana continúa sola.</translation>
    </message>
    <message>
        <source>OpenCX asks for access to: %1.</source>
        <translation>OpenCX pide acceso a: %1.</translation>
    </message>
    <message>
        <source>Connect with &amp;HubSpot</source>
        <translation>Conectar con &amp;HubSpot</translation>
    </message>
    <message>
        <source>To install OpenCX, your HubSpot user needs to be a super admin of the portal or have the App Marketplace Access permission. If the browser shows an error after you approved, click Try again.</source>
        <translation>Para instalar OpenCX, tu usuario de HubSpot debe ser superadministrador de la cuenta o tener el permiso Acceso al mercado de aplicaciones. Si el navegador muestra un error después de aprobar, haz clic en Reintentar.</translation>
    </message>
    <message>
        <source>HubSpot portal %1</source>
        <translation>Cuenta de HubSpot %1</translation>
    </message>
    <message>
        <source>Domain: %1</source>
        <translation>Dominio: %1</translation>
    </message>
    <message>
        <source>This portal does not have Service Hub Starter or above, which OpenCX needs for HubSpot conversations and tickets. %1 Upgrade the portal in HubSpot (Account &amp; Billing), or connect another portal.</source>
        <translation>Esta cuenta no tiene Service Hub Starter o superior, que OpenCX necesita para las conversaciones y los tickets de HubSpot. %1 Mejora la suscripción de la cuenta en HubSpot (Cuenta y facturación) o conecta otra cuenta.</translation>
    </message>
</context>
<context>
    <name>gui.pages.portal_report_section</name>
    <message>
        <source>Reading the portal from HubSpot…</source>
        <translation>Leyendo los datos de la cuenta en HubSpot…</translation>
    </message>
</context>
<context>
    <name>gui.pages.prerequisites</name>
    <message>
        <source>✓ Checked automatically from HubSpot portal details.</source>
        <translation>✓ Comprobado automáticamente con los datos de la cuenta de HubSpot.</translation>
    </message>
    <message>
        <source>✗ Not met (checked automatically from HubSpot portal details). %1</source>
        <translation>✗ No se cumple (comprobado automáticamente con los datos de la cuenta de HubSpot). %1</translation>
    </message>
    <message>
        <source>✓ Checked automatically: you approved the HubSpot connection.</source>
        <translation>✓ Comprobado automáticamente: aprobaste la conexión con HubSpot.</translation>
    </message>
    <message>
        <source>✗ Not met (checked automatically: you approved the HubSpot connection). %1</source>
        <translation>✗ No se cumple (comprobado automáticamente: aprobaste la conexión con HubSpot). %1</translation>
    </message>
    <message>
        <source>✓ Checked automatically from your OpenCX sign-in.</source>
        <translation>✓ Comprobado automáticamente con tu inicio de sesión en OpenCX.</translation>
    </message>
    <message>
        <source>✗ Not met (checked automatically from your OpenCX sign-in). %1</source>
        <translation>✗ No se cumple (comprobado automáticamente con tu inicio de sesión en OpenCX). %1</translation>
    </message>
</context>
<context>
    <name>gui.pages.sender</name>
    <message>
        <source>The AI does not post as anyone yet. Click a teammate to choose.</source>
        <translation>La IA todavía no publica en nombre de nadie. Haz clic en un miembro del equipo para elegirlo.</translation>
    </message>
    <message>
        <source>The AI posts as %1.</source>
        <translation>La IA publica como %1.</translation>
    </message>
    <message>
        <source>Loading your HubSpot teammates…</source>
        <translation>Cargando los miembros de tu equipo de HubSpot…</translation>
    </message>
    <message>
        <source>Saving who the AI posts as…</source>
        <translation>Guardando el remitente de la IA…</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Guardado</translation>
    </message>
</context>
<context>
    <name>gui.pages.signatures</name>
    <message>
        <source>Signature that applies</source>
        <translation>Firma que se aplica</translation>
    </message>
    <message>
        <source>Signature for %1</source>
        <translation>Firma para %1</translation>
    </message>
    <message>
        <source>Reading your signatures from OpenCX…</source>
        <translation>Leyendo tus firmas de OpenCX…</translation>
    </message>
    <message>
        <source>Images from the internet (such as a logo on https) are kept in the signature and show in real emails, but this preview does not load them.</source>
        <translation>Las imágenes de internet (como un logotipo en https) se conservan en la firma y aparecen en los correos reales, pero esta vista previa no las carga.</translation>
    </message>
    <message>
        <source>Edit the rule for %1</source>
        <translation>Editar la regla de %1</translation>
    </message>
    <message>
        <source>New rule</source>
        <translation>Regla nueva</translation>
    </message>
    <message>
        <source>Saving the signature…</source>
        <translation>Guardando la firma…</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardada.</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Guardada</translation>
    </message>
    <message>
        <source>Remove signature</source>
        <translation>Eliminar la firma</translation>
    </message>
    <message>
        <source>Remove the signature for %1?</source>
        <translation>¿Eliminar la firma de %1?</translation>
    </message>
    <message>
        <source>The AI&apos;s emails from %1 will no longer get this signature. To use it again later, you would add the rule and write the signature again.</source>
        <translation>Los correos de la IA desde %1 ya no llevarán esta firma. Para volver a usarla más adelante, tendrías que añadir la regla y escribir la firma de nuevo.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>Remove the signature for %1</source>
        <translation>Eliminar la firma de %1</translation>
    </message>
    <message>
        <source>Keep the signature</source>
        <translation>Conservar la firma</translation>
    </message>
    <message>
        <source>Removing the signature…</source>
        <translation>Eliminando la firma…</translation>
    </message>
    <message>
        <source>Type a whole email address, like anna@shop.nl.</source>
        <translation>Escribe una dirección de correo completa, como anna@shop.nl.</translation>
    </message>
    <message>
        <source>No rule matches %1, so its emails get no signature.</source>
        <translation>Ninguna regla coincide con %1, así que sus correos no llevan firma.</translation>
    </message>
    <message>
        <source>The signature for %1. %2</source>
        <translation>La firma para %1. %2</translation>
    </message>
</context>
<context>
    <name>gui.pages.signin</name>
    <message>
        <source>%1 · owner of %2</source>
        <translation>%1 · propietario de %2</translation>
    </message>
    <message>
        <source>%1 · admin of %2</source>
        <translation>%1 · administrador de %2</translation>
    </message>
    <message>
        <source>%1 · owner of %2 · with an API key</source>
        <translation>%1 · propietario de %2 · con una clave de API</translation>
    </message>
    <message>
        <source>%1 · admin of %2 · with an API key</source>
        <translation>%1 · administrador de %2 · con una clave de API</translation>
    </message>
    <message>
        <source>&amp;Sign in with your browser</source>
        <translation>&amp;Iniciar sesión con el navegador</translation>
    </message>
    <message>
        <source>Create an API key in the OpenCX dashboard (Settings → Access) and paste it here. It is kept only while the assistant is open, never in a file.</source>
        <translation>Crea una clave de API en el panel de OpenCX («Settings → Access») y pégala aquí. Solo se conserva mientras el asistente está abierto, nunca en un archivo.</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Sesión iniciada como %1</translation>
    </message>
    <message>
        <source>%1 is a member of %2. Only owners and admins can connect HubSpot: ask an owner of %2 to make you an admin, or to run this setup. Then sign out and sign in again.</source>
        <translation>%1 es miembro de %2. Solo los propietarios y administradores pueden conectar HubSpot: pide a un propietario de %2 que te haga administrador o que haga esta configuración. Después cierra la sesión y vuelve a iniciarla.</translation>
    </message>
    <message>
        <source>Checking the API key with OpenCX…</source>
        <translation>Comprobando la clave de API con OpenCX…</translation>
    </message>
    <message>
        <source>OpenCX did not accept this API key. Check that you copied the whole key and that it was not deleted in the dashboard, or sign in with the browser.</source>
        <translation>OpenCX no aceptó esta clave de API. Comprueba que copiaste la clave entera y que no se eliminó en el panel, o inicia sesión con el navegador.</translation>
    </message>
    <message>
        <source>Signing out…</source>
        <translation>Cerrando la sesión…</translation>
    </message>
</context>
<context>
    <name>gui.pages.summary</name>
    <message>
        <source>Not available yet in this version.</source>
        <translation>Aún no está disponible en esta versión.</translation>
    </message>
    <message>
        <source>Default user</source>
        <translation>Usuario predeterminado</translation>
    </message>
    <message>
        <source>AI posts as</source>
        <translation>Remitente de la IA</translation>
    </message>
    <message>
        <source>This is what was set up. Since then HubSpot has stopped OpenCX&apos;s access: reconnect above. Everything below stays as it is.</source>
        <translation>Esto es lo que se configuró. Desde entonces, HubSpot ha cortado el acceso de OpenCX: vuelve a conectar arriba. Todo lo de abajo se queda como está.</translation>
    </message>
    <message>
        <source>Save diagnostics for OpenCX support</source>
        <translation>Guardar el archivo de diagnóstico para el soporte de OpenCX</translation>
    </message>
    <message>
        <source>Diagnostics bundle (*.zip)</source>
        <translation>Archivo de diagnóstico (*.zip)</translation>
    </message>
    <message>
        <source>Writing the diagnostics file…</source>
        <translation>Escribiendo el archivo de diagnóstico…</translation>
    </message>
    <message>
        <source>Saved as %1. It contains no passwords or tokens; send it to OpenCX support.</source>
        <translation>Guardado como %1. No contiene contraseñas ni tokens (claves de acceso); envíalo al soporte de OpenCX.</translation>
    </message>
</context>
<context>
    <name>gui.pages.test_checklist</name>
    <message>
        <source>Looking up your HubSpot inboxes…</source>
        <translation>Buscando tus bandejas de entrada de HubSpot…</translation>
    </message>
    <message>
        <source>Checking whether Autopilot is on…</source>
        <translation>Comprobando si Autopilot está activado…</translation>
    </message>
    <message>
        <source>✓ Autopilot is on for %1.</source>
        <translation>✓ Autopilot está activado en %1.</translation>
    </message>
    <message>
        <source>Autopilot is off for %1: OpenCX will store the conversation but the AI will not reply, so the test stops at the AI reply. Turn it on first.</source>
        <translation>Autopilot está desactivado en %1: OpenCX guardará la conversación, pero la IA no responderá, así que la prueba se detendrá en la respuesta de la IA. Actívalo primero.</translation>
    </message>
    <message>
        <source>&amp;Start again</source>
        <translation>Empe&amp;zar de nuevo</translation>
    </message>
    <message>
        <source>&amp;Start the test</source>
        <translation>&amp;Iniciar la prueba</translation>
    </message>
    <message>
        <source>Send an email to %1 (HubSpot inbox “%2”).</source>
        <translation>Envía un correo a %1 (bandeja de entrada de HubSpot «%2»).</translation>
    </message>
    <message>
        <source>Open %1 and write in its chat window (HubSpot inbox “%2”).</source>
        <translation>Abre %1 y escribe en su ventana de chat (bandeja de entrada de HubSpot «%2»).</translation>
    </message>
    <message>
        <source>Checking Autopilot…</source>
        <translation>Comprobando Autopilot…</translation>
    </message>
    <message>
        <source>HubSpot lists no inboxes for this portal. Connect an email address or the chat widget to a HubSpot inbox first (in HubSpot: Settings → Inboxes).</source>
        <translation>HubSpot no tiene ninguna bandeja de entrada en esta cuenta. Primero conecta una dirección de correo o el widget de chat a una bandeja de entrada de HubSpot (en HubSpot: Configuración → Bandejas de entrada).</translation>
    </message>
    <message>
        <source>no channels connected</source>
        <translation>ningún canal conectado</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>an inbox: its channels</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Your HubSpot inboxes and their channels:</source>
        <translation>Tus bandejas de entrada de HubSpot y sus canales:</translation>
    </message>
    <message>
        <source>The inboxes could not be listed. Use any HubSpot inbox address you know.</source>
        <translation>No se pudieron obtener las bandejas de entrada. Usa cualquier dirección de bandeja de entrada de HubSpot que conozcas.</translation>
    </message>
    <message>
        <source>Turning Autopilot on…</source>
        <translation>Activando Autopilot…</translation>
    </message>
    <message>
        <source>Following the test message…</source>
        <translation>Siguiendo el mensaje de prueba…</translation>
    </message>
    <message>
        <source>Watching for another message…</source>
        <translation>Esperando otro mensaje…</translation>
    </message>
    <message>
        <source>The practice customer is sending the message…</source>
        <translation>El cliente de práctica está enviando el mensaje…</translation>
    </message>
    <message>
        <source>Asking OpenCX to hand the conversation to a person…</source>
        <translation>Pidiendo a OpenCX que pase la conversación a una persona…</translation>
    </message>
</context>
<context>
    <name>gui.pages.workflow_actions</name>
    <message>
        <source>Use Check again.</source>
        <translation>Pulsa Volver a comprobar.</translation>
    </message>
    <message>
        <source>Asking OpenCX which actions are installed…</source>
        <translation>Preguntando a OpenCX qué acciones están instaladas…</translation>
    </message>
</context>
<context>
    <name>gui.widgets.browser_attempt</name>
    <message>
        <source>Opening your browser…</source>
        <translation>Abriendo tu navegador…</translation>
    </message>
    <message>
        <source>Finish in your browser. This window continues on its own.</source>
        <translation>Termina en el navegador. Esta ventana continúa sola.</translation>
    </message>
    <message>
        <source>Almost done: confirming with OpenCX…</source>
        <translation>Casi listo: confirmando con OpenCX…</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Listo.</translation>
    </message>
    <message>
        <source>That did not work.</source>
        <translation>No funcionó.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <source>Cancel waiting for the browser</source>
        <translation>Dejar de esperar al navegador</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Address opened in your browser</source>
        <translation>Dirección abierta en tu navegador</translation>
    </message>
    <message>
        <source>Cop&amp;y link</source>
        <translation>Copiar &amp;enlace</translation>
    </message>
    <message>
        <source>Copies the address for a browser</source>
        <translation>Copia la dirección para pegarla en un navegador</translation>
    </message>
    <message>
        <source>Open a&amp;gain</source>
        <translation>A&amp;brir de nuevo</translation>
    </message>
    <message>
        <source>Opens the address in the browser again</source>
        <translation>Vuelve a abrir la dirección en el navegador</translation>
    </message>
    <message>
        <source>Having trouble?</source>
        <translation>¿Tienes problemas?</translation>
    </message>
    <message>
        <source>If the browser did not open, use Copy link and paste it into your browser. If the browser shows an error page or nothing happens after you approved, copy the full address from the browser&apos;s address bar and paste it here.</source>
        <translation>Si el navegador no se abrió, usa Copiar enlace y pégalo en el navegador. Si el navegador muestra una página de error o no pasa nada después de aprobar, copia la dirección completa de la barra de direcciones del navegador y pégala aquí.</translation>
    </message>
    <message>
        <source>Address from the browser&apos;s address bar</source>
        <translation>Dirección de la barra de direcciones del navegador</translation>
    </message>
    <message>
        <source>&amp;Use this address</source>
        <translation>Usar esta &amp;dirección</translation>
    </message>
    <message>
        <source>Uses the pasted address</source>
        <translation>Usa la dirección pegada</translation>
    </message>
    <message>
        <source>Time left: %1:%2</source>
        <translation>Tiempo restante: %1:%2</translation>
    </message>
</context>
<context>
    <name>gui.widgets.channel_choice</name>
    <message>
        <source>Channels</source>
        <translation>Canales</translation>
    </message>
</context>
<context>
    <name>gui.widgets.checklist</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Test message checklist</source>
        <translation>Lista de comprobación del mensaje de prueba</translation>
    </message>
</context>
<context>
    <name>gui.widgets.connected_card</name>
    <message>
        <source>%1 (portal %2)</source>
        <translation>%1 (cuenta %2)</translation>
    </message>
    <message>
        <source>portal %1</source>
        <translation>cuenta %1</translation>
    </message>
    <message>
        <source>You have not sent a test message yet: you can run the test any time from this assistant.</source>
        <translation>Todavía no has enviado ningún mensaje de prueba: puedes hacer la prueba cuando quieras desde este asistente.</translation>
    </message>
    <message>
        <source>Your test message went all the way through.</source>
        <translation>Tu mensaje de prueba llegó hasta el final.</translation>
    </message>
    <message>
        <source>The test message did not finish: you can run it again from this assistant.</source>
        <translation>El mensaje de prueba no terminó: puedes volver a hacer la prueba desde este asistente.</translation>
    </message>
    <message>
        <source>You&apos;re connected</source>
        <translation>Ya está todo conectado</translation>
    </message>
    <message>
        <source>Open HubSpot &amp;inbox</source>
        <translation>Abr&amp;ir bandeja de entrada</translation>
    </message>
    <message>
        <source>Opens the portal&apos;s conversations inbox in HubSpot, in your browser</source>
        <translation>Abre la bandeja de entrada de conversaciones de la cuenta en HubSpot, en tu navegador</translation>
    </message>
    <message>
        <source>OpenCX now works on the HubSpot conversations of %1, and answers them on the channels where Autopilot is on.</source>
        <translation>OpenCX ya trabaja con las conversaciones de HubSpot de %1 y las responde en los canales donde Autopilot está activado.</translation>
    </message>
</context>
<context>
    <name>gui.widgets.connection_action</name>
    <message>
        <source>Nothing changed: OpenCX stays with %1.</source>
        <translation>No ha cambiado nada: OpenCX sigue con %1.</translation>
    </message>
    <message>
        <source>OpenCX now uses %1. Choose who the AI posts as there (Change who the AI posts as).</source>
        <translation>OpenCX usa ahora %1. Elige ahí el remitente de la IA (Cambiar el remitente de la IA).</translation>
    </message>
    <message>
        <source>Moving OpenCX to %1…</source>
        <translation>Pasando OpenCX a %1…</translation>
    </message>
</context>
<context>
    <name>gui.widgets.consent_help</name>
    <message>
        <source>Once it is fixed, click Cancel here and connect again.</source>
        <translation>Cuando esté resuelto, haz clic aquí en Cancelar y vuelve a conectar.</translation>
    </message>
</context>
<context>
    <name>gui.widgets.disconnect_dialog</name>
    <message>
        <source>Disconnect HubSpot</source>
        <translation>Desconectar HubSpot</translation>
    </message>
    <message>
        <source>What disconnecting %1 does:</source>
        <translation>Qué pasa al desconectar %1:</translation>
    </message>
    <message>
        <source>To confirm, type %1 below.</source>
        <translation>Para confirmarlo, escribe %1 abajo.</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>&amp;Desconectar</translation>
    </message>
    <message>
        <source>Type %1 in capitals to confirm.</source>
        <translation>Escribe %1 en mayúsculas para confirmarlo.</translation>
    </message>
    <message>
        <source>Disconnecting HubSpot…</source>
        <translation>Desconectando HubSpot…</translation>
    </message>
</context>
<context>
    <name>gui.widgets.language_menu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>Same as this computer</source>
        <translation>Como en este equipo</translation>
    </message>
</context>
<context>
    <name>gui.widgets.portal_report</name>
    <message>
        <source>Seen</source>
        <translation>Comprobado</translation>
    </message>
    <message>
        <source>Worth knowing</source>
        <translation>A tener en cuenta</translation>
    </message>
    <message>
        <source>Needs a look</source>
        <translation>Conviene revisarlo</translation>
    </message>
    <message>
        <source>Not verified</source>
        <translation>Sin verificar</translation>
    </message>
    <message>
        <source>What could be seen in the HubSpot portal</source>
        <translation>Lo que se pudo ver en la cuenta de HubSpot</translation>
    </message>
    <message>
        <source>What HubSpot shows about this portal</source>
        <translation>Lo que muestra HubSpot sobre esta cuenta</translation>
    </message>
    <message>
        <source>Chec&amp;k again</source>
        <translation>&amp;Volver a comprobar</translation>
    </message>
    <message>
        <source>Reads the portal again</source>
        <translation>Vuelve a leer los datos de la cuenta</translation>
    </message>
    <message>
        <source>Reading the portal from HubSpot…</source>
        <translation>Leyendo los datos de la cuenta en HubSpot…</translation>
    </message>
    <message>
        <source>What HubSpot shows about portal %1</source>
        <translation>Lo que muestra HubSpot sobre la cuenta %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>Qué hacer: %1</translation>
    </message>
</context>
<context>
    <name>gui.widgets.problem_banner</name>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Show &amp;details</source>
        <translation>&amp;Mostrar detalles</translation>
    </message>
    <message>
        <source>Details for OpenCX support</source>
        <translation>Detalles para el soporte de OpenCX</translation>
    </message>
    <message>
        <source>Dis&amp;miss</source>
        <translation>&amp;Quitar aviso</translation>
    </message>
    <message>
        <source>Dismiss the problem</source>
        <translation>Quitar el aviso del problema</translation>
    </message>
    <message>
        <source>Technical details</source>
        <translation>Detalles técnicos</translation>
    </message>
    <message>
        <source>Hide &amp;details</source>
        <translation>&amp;Ocultar detalles</translation>
    </message>
</context>
<context>
    <name>gui.widgets.signature_editor</name>
    <message>
        <source>Image from %1</source>
        <translation>Imagen de %1</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Kind regards,
The Acme team</source>
        <translation>Un saludo,
El equipo de Acme</translation>
    </message>
    <message>
        <source>B</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>Negrita</translation>
    </message>
    <message>
        <source>I</source>
        <translation>K</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>Cursiva</translation>
    </message>
    <message>
        <source>Lin&amp;k…</source>
        <translation>Enla&amp;ce…</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Enlace</translation>
    </message>
    <message>
        <source>Line break</source>
        <translation>Salto de línea</translation>
    </message>
    <message>
        <source>I&amp;mage…</source>
        <translation>&amp;Imagen…</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Imagen</translation>
    </message>
    <message>
        <source>This signature has layout the editor cannot change (such as a table or colours). Change it in its HTML, below.</source>
        <translation>Esta firma tiene un diseño que el editor no puede cambiar (como una tabla o colores). Cámbialo en su HTML, abajo.</translation>
    </message>
    <message>
        <source>Add a link</source>
        <translation>Añadir un enlace</translation>
    </message>
    <message>
        <source>&amp;Address the link opens</source>
        <translation>&amp;Dirección que abre el enlace</translation>
    </message>
    <message>
        <source>&amp;Text to show</source>
        <translation>&amp;Texto que se muestra</translation>
    </message>
    <message>
        <source>Add an image</source>
        <translation>Añadir una imagen</translation>
    </message>
    <message>
        <source>Image &amp;address</source>
        <translation>&amp;Dirección de la imagen</translation>
    </message>
    <message>
        <source>&amp;Description (read aloud, and shown when images are off)</source>
        <translation>D&amp;escripción (se lee en voz alta y se muestra cuando las imágenes están desactivadas)</translation>
    </message>
    <message>
        <source>The image must be on the web already (for example your website&apos;s logo). Email programs load it from there; this window does not.</source>
        <translation>La imagen ya debe estar en la web (por ejemplo, el logotipo de tu sitio web). Los programas de correo la cargan desde ahí; esta ventana no.</translation>
    </message>
</context>
<context>
    <name>gui.widgets.signature_preview</name>
    <message>
        <source>Signature preview</source>
        <translation>Vista previa de la firma</translation>
    </message>
    <message>
        <source>the internet</source>
        <translation>internet</translation>
    </message>
    <message>
        <source>[image from %1: not loaded in this preview]</source>
        <translation>[imagen de %1: no se carga en esta vista previa]</translation>
    </message>
</context>
<context>
    <name>gui.widgets.step_rail</name>
    <message>
        <source>not done</source>
        <translation>sin hacer</translation>
    </message>
    <message>
        <source>current step</source>
        <translation>paso actual</translation>
    </message>
    <message>
        <source>done</source>
        <translation>hecho</translation>
    </message>
    <message>
        <source>needs your attention</source>
        <translation>requiere tu atención</translation>
    </message>
    <message>
        <source>Step %1: %2, %3</source>
        <translation>Paso %1: %2, %3</translation>
    </message>
</context>
<context>
    <name>gui.widgets.teammate_picker</name>
    <message>
        <source>chosen</source>
        <translation>elegido</translation>
    </message>
    <message>
        <source>%1 (HubSpot owner %2)</source>
        <translation>%1 (propietario de HubSpot %2)</translation>
    </message>
    <message>
        <source>Search by name or email</source>
        <translation>Buscar por nombre o correo</translation>
    </message>
    <message>
        <source>Search teammates</source>
        <translation>Buscar miembros del equipo</translation>
    </message>
    <message>
        <source>Teammates</source>
        <translation>Miembros del equipo</translation>
    </message>
    <message>
        <source>Click a teammate, or press Enter, to pick</source>
        <translation>Haz clic en un miembro del equipo o pulsa Intro para elegirlo</translation>
    </message>
    <message>
        <source>Loading your HubSpot teammates…</source>
        <translation>Cargando los miembros de tu equipo de HubSpot…</translation>
    </message>
    <message>
        <source>No teammates loaded yet.</source>
        <translation>Todavía no se ha cargado ningún miembro del equipo.</translation>
    </message>
    <message>
        <source>1 teammate: click to choose</source>
        <translation>1 miembro del equipo: haz clic para elegirlo</translation>
    </message>
    <message numerus="yes">
        <source>%n teammates: click one to choose</source>
        <translation>
            <numerusform>%n miembro del equipo: haz clic para elegirlo</numerusform>
            <numerusform>%n miembros del equipo: haz clic en uno para elegirlo</numerusform>
        </translation>
    </message>
    <message>
        <source>No teammate matches your search.</source>
        <translation>Ningún miembro del equipo coincide con tu búsqueda.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n teammates match</source>
        <translation>
            <numerusform>%1 de %n miembro del equipo coincide</numerusform>
            <numerusform>%1 de %n miembros del equipo coinciden</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · some may be missing: the list was cut short</source>
        <translation>%1 · puede que falte alguien: la lista se cortó</translation>
    </message>
    <message>
        <source>The list of teammates ended before everyone was read. If the person you need is not listed, try again later.</source>
        <translation>La lista de miembros del equipo terminó antes de leerlos a todos. Si no aparece la persona que buscas, vuelve a intentarlo más tarde.</translation>
    </message>
</context>
<context>
    <name>gui.wizard</name>
    <message>
        <source>Setup steps</source>
        <translation>Pasos de la configuración</translation>
    </message>
    <message>
        <source>Practice mode</source>
        <translation>Modo de práctica</translation>
    </message>
    <message>
        <source>Nothing here touches a real HubSpot portal or OpenCX account.</source>
        <translation>Nada de lo que hagas aquí afecta a una cuenta real de HubSpot ni de OpenCX.</translation>
    </message>
    <message>
        <source>Practice mode: nothing here touches a real HubSpot portal or OpenCX account. (%1)</source>
        <translation>Modo de práctica: nada de lo que hagas aquí afecta a una cuenta real de HubSpot ni de OpenCX. (%1)</translation>
    </message>
    <message>
        <source>Practice mode: nothing here touches a real HubSpot portal or OpenCX account.</source>
        <translation>Modo de práctica: nada de lo que hagas aquí afecta a una cuenta real de HubSpot ni de OpenCX.</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Procesando</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <source>Cancel what is running</source>
        <translation>Cancelar lo que está en curso</translation>
    </message>
    <message>
        <source>☰  Menu</source>
        <translation>☰  Menú</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menú</translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation>Texto más &amp;grande</translation>
    </message>
    <message>
        <source>&amp;Smaller text</source>
        <translation>Texto más &amp;pequeño</translation>
    </message>
    <message>
        <source>&amp;Normal text size</source>
        <translation>Tamaño de texto &amp;normal</translation>
    </message>
    <message>
        <source>&amp;About %1</source>
        <translation>&amp;Acerca de %1</translation>
    </message>
    <message>
        <source>&amp;Close (your progress is kept)</source>
        <translation>&amp;Cerrar (tu progreso se conserva)</translation>
    </message>
    <message>
        <source>Text size, Language, About, Close</source>
        <translation>Tamaño del texto, Idioma, Acerca de, Cerrar</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Atrás</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Co&amp;ntinue</source>
        <translation>Co&amp;ntinuar</translation>
    </message>
    <message>
        <source>About %1</source>
        <translation>Acerca de %1</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Versión %1</translation>
    </message>
    <message>
        <source>Connects a HubSpot portal to OpenCX, the AI customer-support platform, through the same settings as the OpenCX dashboard.</source>
        <translation>Conecta una cuenta de HubSpot a OpenCX, la plataforma de atención al cliente con IA, con los mismos ajustes que el panel de OpenCX.</translation>
    </message>
    <message>
        <source>Open the page about version %1</source>
        <translation>Abrir la página sobre la versión %1</translation>
    </message>
    <message>
        <source>Opening where you left off…</source>
        <translation>Abriendo donde lo dejaste…</translation>
    </message>
    <message>
        <source>Welcome back. HubSpot is connected; here is its status.</source>
        <translation>Hola de nuevo. HubSpot está conectado; este es su estado.</translation>
    </message>
    <message>
        <source>Welcome back. For your security, sign in to OpenCX again; then you carry on where you left off.</source>
        <translation>Hola de nuevo. Por tu seguridad, vuelve a iniciar sesión en OpenCX; después sigues donde lo dejaste.</translation>
    </message>
    <message>
        <source>Welcome back. You are where you left off: %1.</source>
        <translation>Hola de nuevo. Estás donde lo dejaste: %1.</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Paso %1 de %2</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Listo</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Finalizar</translation>
    </message>
    <message>
        <source>No browser could be opened on this computer, so the address was copied: paste it into your browser&apos;s address bar. %1</source>
        <translation>No se pudo abrir ningún navegador en este equipo, así que se copió la dirección: pégala en la barra de direcciones de tu navegador. %1</translation>
    </message>
    <message>
        <source>Saved. The next time it opens, the assistant uses the language of this computer.</source>
        <translation>Guardado. La próxima vez que se abra, el asistente usará el idioma de este equipo.</translation>
    </message>
    <message>
        <source>Saved. The next time it opens, the assistant speaks %1.</source>
        <translation>Guardado. La próxima vez que se abra, el asistente estará en %1.</translation>
    </message>
</context>
<context>
    <name>sandbox.hubspot</name>
    <message>
        <source>Know which HubSpot account you connect</source>
        <translation>Saber a qué cuenta de HubSpot te conectas</translation>
    </message>
    <message>
        <source>Read conversations in your inboxes</source>
        <translation>Leer las conversaciones de tus bandejas de entrada</translation>
    </message>
    <message>
        <source>Reply in conversations and add notes</source>
        <translation>Responder en las conversaciones y añadir notas</translation>
    </message>
    <message>
        <source>View and update tickets</source>
        <translation>Ver y actualizar tickets</translation>
    </message>
    <message>
        <source>View contacts</source>
        <translation>Ver contactos</translation>
    </message>
    <message>
        <source>Create and update contacts</source>
        <translation>Crear y actualizar contactos</translation>
    </message>
    <message>
        <source>View companies</source>
        <translation>Ver empresas</translation>
    </message>
    <message>
        <source>View deals</source>
        <translation>Ver negocios</translation>
    </message>
    <message>
        <source>See your teammates (owners)</source>
        <translation>Ver a los miembros de tu equipo (propietarios)</translation>
    </message>
    <message>
        <source>Upload and view files</source>
        <translation>Subir y ver archivos</translation>
    </message>
    <message>
        <source>View lists</source>
        <translation>Ver listas</translation>
    </message>
    <message>
        <source>Add OpenCX actions to your workflows</source>
        <translation>Añadir acciones de OpenCX a tus flujos de trabajo</translation>
    </message>
</context>
<context>
    <name>sandbox.hubspot_routes</name>
    <message>
        <source>This link is not valid</source>
        <translation>Este enlace no es válido</translation>
    </message>
    <message>
        <source>The app that sent you here is not set up correctly. Close this tab.</source>
        <translation>La aplicación que te trajo aquí no está bien configurada. Cierra esta pestaña.</translation>
    </message>
    <message>
        <source>Choose an account</source>
        <translation>Elige una cuenta</translation>
    </message>
    <message>
        <source>Go back and pick the HubSpot account to connect.</source>
        <translation>Vuelve atrás y elige la cuenta de HubSpot que quieres conectar.</translation>
    </message>
</context>
<context>
    <name>sandbox.pages</name>
    <message>
        <source>Practice sandbox</source>
        <translation>Entorno de práctica</translation>
    </message>
    <message>
        <source>Sign in to OpenCX</source>
        <translation>Iniciar sesión en OpenCX</translation>
    </message>
    <message>
        <source>The HubSpot setup assistant asks to use your OpenCX account for &lt;strong&gt;%1&lt;/strong&gt;.</source>
        <translation>El asistente de configuración de HubSpot pide usar tu cuenta de OpenCX para &lt;strong&gt;%1&lt;/strong&gt;.</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2).</source>
        <translation>Sesión iniciada como %1 (%2).</translation>
    </message>
    <message>
        <source>Sign in as %1</source>
        <translation>Iniciar sesión como %1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>OpenCX practice sign-in</source>
        <translation>Inicio de sesión en OpenCX (práctica)</translation>
    </message>
    <message>
        <source>(account %1)</source>
        <translation>(cuenta %1)</translation>
    </message>
    <message>
        <source>Connect OpenCX to HubSpot</source>
        <translation>Conectar OpenCX a HubSpot</translation>
    </message>
    <message>
        <source>Choose the HubSpot account</source>
        <translation>Elige la cuenta de HubSpot</translation>
    </message>
    <message>
        <source>OpenCX will be able to:</source>
        <translation>OpenCX podrá:</translation>
    </message>
    <message>
        <source>Connect app</source>
        <translation>Conectar aplicación</translation>
    </message>
    <message>
        <source>HubSpot practice consent</source>
        <translation>Autorización de HubSpot (práctica)</translation>
    </message>
    <message>
        <source>Insufficient scopes were provided</source>
        <translation>Los alcances proporcionados no son suficientes</translation>
    </message>
    <message>
        <source>Your user doesn&apos;t have access to all of the scopes this app requires. Contact a super admin of this account.</source>
        <translation>Tu usuario no tiene acceso a todos los alcances que requiere esta aplicación. Ponte en contacto con un superadministrador de esta cuenta.</translation>
    </message>
    <message>
        <source>This account doesn&apos;t have access to some HubSpot features that are required by this app</source>
        <translation>Esta cuenta no tiene acceso a algunas funciones de HubSpot que requiere esta aplicación</translation>
    </message>
    <message>
        <source>Choose another account, or contact the app&apos;s developer.</source>
        <translation>Elige otra cuenta o ponte en contacto con el desarrollador de la aplicación.</translation>
    </message>
    <message>
        <source>You don&apos;t have permission to install apps</source>
        <translation>No tienes permiso para instalar aplicaciones</translation>
    </message>
    <message>
        <source>Only super admins and users with App Marketplace Access can install apps in this account. Contact a super admin.</source>
        <translation>Solo los superadministradores y los usuarios con Acceso al mercado de aplicaciones pueden instalar aplicaciones en esta cuenta. Ponte en contacto con un superadministrador.</translation>
    </message>
    <message>
        <source>Practice customer</source>
        <translation>Cliente de práctica</translation>
    </message>
    <message>
        <source>Scenario: &lt;strong&gt;%1&lt;/strong&gt;</source>
        <translation>Escenario: &lt;strong&gt;%1&lt;/strong&gt;</translation>
    </message>
    <message>
        <source>Sent. Watch the checklist.</source>
        <translation>Enviado. Mira la lista de comprobación.</translation>
    </message>
    <message>
        <source>Could not send the message.</source>
        <translation>No se pudo enviar el mensaje.</translation>
    </message>
    <message>
        <source>Send the test message a customer would send. Start the live checklist in the assistant first.</source>
        <translation>Envía el mensaje de prueba que enviaría un cliente. Antes, inicia la lista de comprobación en vivo en el asistente.</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Chat on the website</source>
        <translation>Chat en el sitio web</translation>
    </message>
    <message>
        <source>Send a test message as a customer</source>
        <translation>Enviar un mensaje de prueba como cliente</translation>
    </message>
    <message>
        <source>%1 (internal note)</source>
        <translation>%1 (comentario interno)</translation>
    </message>
</context>
<context>
    <name>sandbox.signin_routes</name>
    <message>
        <source>This sign-in link is not valid</source>
        <translation>Este enlace de inicio de sesión no es válido</translation>
    </message>
    <message>
        <source>The application that sent you here is not known to OpenCX. Close this tab and start the sign-in again from the assistant.</source>
        <translation>OpenCX no conoce la aplicación que te trajo aquí. Cierra esta pestaña y vuelve a iniciar sesión desde el asistente.</translation>
    </message>
    <message>
        <source>This sign-in was already answered</source>
        <translation>Este inicio de sesión ya se respondió</translation>
    </message>
    <message>
        <source>Go back to the assistant and start the sign-in again.</source>
        <translation>Vuelve al asistente e inicia sesión de nuevo.</translation>
    </message>
</context>
<context>
    <name>sandbox.viewer_routes</name>
    <message>
        <source>No such conversation</source>
        <translation>Esta conversación no existe</translation>
    </message>
    <message>
        <source>This practice conversation does not exist.</source>
        <translation>Esta conversación de práctica no existe.</translation>
    </message>
    <message>
        <source>HubSpot conversation</source>
        <translation>Conversación de HubSpot</translation>
    </message>
    <message>
        <source>The practice portal&apos;s inbox: this thread&apos;s messages.</source>
        <translation>La bandeja de entrada de la cuenta de práctica: los mensajes de este hilo.</translation>
    </message>
    <message>
        <source>No such ticket</source>
        <translation>Este ticket no existe</translation>
    </message>
    <message>
        <source>This practice ticket does not exist.</source>
        <translation>Este ticket de práctica no existe.</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Asignado a</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>nadie</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>HubSpot ticket</source>
        <translation>Ticket de HubSpot</translation>
    </message>
    <message>
        <source>The ticket OpenCX&apos;s handoff created.</source>
        <translation>El ticket que creó el traspaso de OpenCX.</translation>
    </message>
    <message>
        <source>No such session</source>
        <translation>Esta sesión no existe</translation>
    </message>
    <message>
        <source>This practice session does not exist.</source>
        <translation>Esta sesión de práctica no existe.</translation>
    </message>
    <message>
        <source>OpenCX session</source>
        <translation>Sesión de OpenCX</translation>
    </message>
    <message>
        <source>The practice OpenCX inbox: the session made from the HubSpot conversation.</source>
        <translation>La bandeja de entrada de OpenCX de práctica: la sesión creada a partir de la conversación de HubSpot.</translation>
    </message>
</context>
<context>
    <name>services.bounded_read</name>
    <message>
        <source>%1 cannot be read (%2)</source>
        <translation>No se puede leer %1 (%2)</translation>
    </message>
    <message>
        <source>%1 is not a regular file (%2)</source>
        <translation>%1 no es un archivo normal (%2)</translation>
    </message>
    <message>
        <source>%1 is larger than %2 KiB</source>
        <translation>%1 ocupa más de %2 KiB</translation>
    </message>
    <message numerus="yes">
        <source>%1 is larger than %n byte(s)</source>
        <translation>
            <numerusform>%1 ocupa más de %n byte</numerusform>
            <numerusform>%1 ocupa más de %n bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>a folder</source>
        <translation>una carpeta</translation>
    </message>
    <message>
        <source>a named pipe</source>
        <translation>una tubería con nombre</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>un dispositivo</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>un socket</translation>
    </message>
    <message>
        <source>a symbolic link</source>
        <translation>un enlace simbólico</translation>
    </message>
    <message>
        <source>not a plain file</source>
        <translation>no es un archivo normal</translation>
    </message>
</context>
<context>
    <name>services.browser_flow</name>
    <message>
        <source>Almost done</source>
        <translation>Casi listo</translation>
    </message>
    <message>
        <source>The answer arrived and the assistant is finishing the setup.</source>
        <translation>La respuesta llegó y el asistente está terminando la configuración.</translation>
    </message>
    <message>
        <source>Return to the app to see the result.</source>
        <translation>Vuelve a la aplicación para ver el resultado.</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Algo salió mal</translation>
    </message>
    <message>
        <source>Return to the app: it explains what happened and lets you try again.</source>
        <translation>Vuelve a la aplicación: te explica lo que pasó y te deja volver a intentarlo.</translation>
    </message>
    <message>
        <source>The assistant could not finish this step.</source>
        <translation>El asistente no pudo terminar este paso.</translation>
    </message>
    <message>
        <source>You stopped waiting for the browser.</source>
        <translation>Dejaste de esperar al navegador.</translation>
    </message>
    <message>
        <source>A new attempt replaced this one.</source>
        <translation>Un intento nuevo sustituyó a este.</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Detenido.</translation>
    </message>
    <message>
        <source>An answer from an earlier browser tab was ignored. Finish in the newest tab.</source>
        <translation>Se ignoró una respuesta de una pestaña anterior del navegador. Termina en la pestaña más reciente.</translation>
    </message>
</context>
<context>
    <name>services.errors</name>
    <message>
        <source>Your network is blocking the connection</source>
        <translation>Tu red está bloqueando la conexión</translation>
    </message>
    <message>
        <source>A proxy or security software on this network stopped the connection to %1, or changed it so it could not be trusted.</source>
        <translation>Un proxy o un programa de seguridad de esta red detuvo la conexión con %1, o la alteró de forma que ya no era de confianza.</translation>
    </message>
    <message>
        <source>Ask your IT team to allow this assistant to reach %1, or try another network.</source>
        <translation>Pide a tu departamento de TI que permita a este asistente conectarse a %1, o prueba con otra red.</translation>
    </message>
    <message>
        <source>%1 did not answer in time</source>
        <translation>%1 no respondió a tiempo</translation>
    </message>
    <message>
        <source>%1 took too long to answer.</source>
        <translation>%1 tardó demasiado en responder.</translation>
    </message>
    <message>
        <source>Check your internet connection and try again. If it keeps happening, export diagnostics for support.</source>
        <translation>Comprueba tu conexión a internet y vuelve a intentarlo. Si sigue ocurriendo, exporta el archivo de diagnóstico para el soporte.</translation>
    </message>
    <message>
        <source>Cannot reach %1</source>
        <translation>No se puede conectar con %1</translation>
    </message>
    <message>
        <source>This computer could not connect to %1, or the connection was interrupted.</source>
        <translation>Este equipo no pudo conectarse a %1, o la conexión se interrumpió.</translation>
    </message>
    <message>
        <source>Check that you are online, then try again.</source>
        <translation>Comprueba que tienes conexión a internet y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>Your network&apos;s proxy needs a sign-in</source>
        <translation>El proxy de tu red pide iniciar sesión</translation>
    </message>
    <message>
        <source>A proxy on this network asked for a password before letting the assistant through.</source>
        <translation>Un proxy de esta red pidió una contraseña antes de dejar pasar al asistente.</translation>
    </message>
    <message>
        <source>Ask your IT team to allow this assistant to reach OpenCX without a proxy sign-in.</source>
        <translation>Pide a tu departamento de TI que permita a este asistente conectarse a OpenCX sin iniciar sesión en el proxy.</translation>
    </message>
    <message>
        <source>You are not an OpenCX owner or admin</source>
        <translation>No eres propietario ni administrador de OpenCX</translation>
    </message>
    <message>
        <source>Only owners and admins of your OpenCX organization can change integrations.</source>
        <translation>Solo los propietarios y administradores de tu organización de OpenCX pueden cambiar las integraciones.</translation>
    </message>
    <message>
        <source>Ask an owner of your OpenCX organization to make you an admin, or to run this setup.</source>
        <translation>Pide a un propietario de tu organización de OpenCX que te haga administrador o que haga esta configuración.</translation>
    </message>
    <message>
        <source>HubSpot says the private app does not have these scopes: %1.</source>
        <translation>HubSpot dice que a la aplicación privada le faltan estos alcances: %1.</translation>
    </message>
    <message>
        <source>HubSpot says the private app does not have these scopes: (not listed).</source>
        <translation>HubSpot dice que a la aplicación privada le faltan alcances, pero no indica cuáles.</translation>
    </message>
    <message>
        <source>The private app is missing permissions</source>
        <translation>A la aplicación privada le faltan permisos</translation>
    </message>
    <message>
        <source>HubSpot does not accept this token</source>
        <translation>HubSpot no acepta este token</translation>
    </message>
    <message>
        <source>HubSpot did not accept the private app token.</source>
        <translation>HubSpot no aceptó el token de la aplicación privada.</translation>
    </message>
    <message>
        <source>OpenCX did not accept this value.</source>
        <translation>OpenCX no aceptó este valor.</translation>
    </message>
    <message>
        <source>OpenCX did not accept this</source>
        <translation>OpenCX no lo aceptó</translation>
    </message>
    <message>
        <source>OpenCX did not accept one of the values.</source>
        <translation>OpenCX no aceptó uno de los valores.</translation>
    </message>
    <message>
        <source>Correct what the message names and try again.</source>
        <translation>Corrige lo que indica el mensaje y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>OpenCX refused the change because of the current setup.</source>
        <translation>OpenCX rechazó el cambio por la configuración actual.</translation>
    </message>
    <message>
        <source>Reload the page to see the current state, then try again.</source>
        <translation>Vuelve a cargar la página para ver el estado actual y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>That approval has expired</source>
        <translation>Esa aprobación ha caducado</translation>
    </message>
    <message>
        <source>OpenCX did not take the approval that came back from the browser: it was too old, was already used, or was not one OpenCX gave out.</source>
        <translation>OpenCX no aceptó la aprobación que llegó del navegador: era demasiado antigua, ya se había usado o no la había emitido OpenCX.</translation>
    </message>
    <message>
        <source>Start again; approve in the browser within 10 minutes.</source>
        <translation>Vuelve a empezar y aprueba en el navegador antes de 10 minutos.</translation>
    </message>
    <message>
        <source>OpenCX asks to slow down</source>
        <translation>OpenCX pide ir más despacio</translation>
    </message>
    <message>
        <source>Too many requests were sent to OpenCX in a short time.</source>
        <translation>Se enviaron demasiadas solicitudes a OpenCX en poco tiempo.</translation>
    </message>
    <message>
        <source>HubSpot did not answer OpenCX</source>
        <translation>HubSpot no respondió a OpenCX</translation>
    </message>
    <message>
        <source>OpenCX asked HubSpot for information, and HubSpot refused or failed.</source>
        <translation>OpenCX pidió información a HubSpot y HubSpot la rechazó o falló.</translation>
    </message>
    <message>
        <source>%1 is having trouble</source>
        <translation>%1 tiene problemas</translation>
    </message>
    <message>
        <source>%1 could not finish this request because of a problem on its side.</source>
        <translation>%1 no pudo terminar esta solicitud por un problema de su lado.</translation>
    </message>
    <message>
        <source>OpenCX refused the request</source>
        <translation>OpenCX rechazó la solicitud</translation>
    </message>
    <message>
        <source>The OpenCX API key you signed in with is limited to some permissions, and this step needs more. OpenCX says it is missing the permission “%1”.</source>
        <translation>La clave de API de OpenCX con la que iniciaste sesión solo tiene algunos permisos, y este paso necesita más. OpenCX dice que le falta el permiso «%1».</translation>
    </message>
    <message>
        <source>The OpenCX API key you signed in with is limited to some permissions, and this step needs more. Setting up the HubSpot integration needs a key with full access.</source>
        <translation>La clave de API de OpenCX con la que iniciaste sesión solo tiene algunos permisos, y este paso necesita más. Para configurar la integración con HubSpot hace falta una clave con acceso completo.</translation>
    </message>
    <message>
        <source>This OpenCX API key is not allowed to do this</source>
        <translation>Esta clave de API de OpenCX no tiene permiso para hacer esto</translation>
    </message>
    <message>
        <source>In OpenCX, open Settings → Access (%1), create an API key with full access, then sign in with that key instead.</source>
        <translation>En OpenCX, abre «Settings → Access» (%1), crea una clave de API con acceso completo e inicia sesión con esa clave.</translation>
    </message>
    <message>
        <source>HubSpot is not connected</source>
        <translation>HubSpot no está conectado</translation>
    </message>
    <message>
        <source>HubSpot is already connected</source>
        <translation>HubSpot ya está conectado</translation>
    </message>
    <message>
        <source>HubSpot needs you to reconnect</source>
        <translation>HubSpot necesita que vuelvas a conectar</translation>
    </message>
    <message>
        <source>There is already a signature for this domain</source>
        <translation>Ya hay una firma para este dominio</translation>
    </message>
    <message>
        <source>This does not fit the current setup</source>
        <translation>Esto no encaja con la configuración actual</translation>
    </message>
    <message>
        <source>Try again. If it keeps happening, export diagnostics for support.</source>
        <translation>Vuelve a intentarlo. Si sigue ocurriendo, exporta el archivo de diagnóstico para el soporte.</translation>
    </message>
    <message>
        <source>Try again in a few minutes. If it keeps happening, export diagnostics for support.</source>
        <translation>Vuelve a intentarlo dentro de unos minutos. Si sigue ocurriendo, exporta el archivo de diagnóstico para el soporte.</translation>
    </message>
    <message>
        <source>Wait a minute, then try again.</source>
        <translation>Espera un minuto y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>Copy the token again from the private app&apos;s Auth tab in HubSpot.</source>
        <translation>Vuelve a copiar el token desde la pestaña Autenticación de la aplicación privada en HubSpot.</translation>
    </message>
    <message>
        <source>In HubSpot, open the private app&apos;s Scopes tab, tick the missing scopes, commit the changes, then try again.</source>
        <translation>En HubSpot, abre la pestaña Alcances de la aplicación privada, marca los alcances que faltan, confirma los cambios y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>HubSpot did not accept the private app token. It may have been rotated or deleted.</source>
        <translation>HubSpot no aceptó el token de la aplicación privada. Puede que se haya renovado o eliminado.</translation>
    </message>
    <message>
        <source>HubSpot refused the private app</source>
        <translation>HubSpot rechazó la aplicación privada</translation>
    </message>
    <message>
        <source>HubSpot knows the token but refused the request: the HubSpot user who created the private app no longer has access to this portal.</source>
        <translation>HubSpot reconoce el token, pero rechazó la solicitud: el usuario de HubSpot que creó la aplicación privada ya no tiene acceso a esta cuenta.</translation>
    </message>
    <message>
        <source>Ask a HubSpot super admin to give that user their access back (Settings → Users &amp; Teams), then try again. If that user is gone for good, connect with HubSpot instead of the legacy app.</source>
        <translation>Pide a un superadministrador de HubSpot que devuelva el acceso a ese usuario (Configuración → Usuarios y equipos) y vuelve a intentarlo. Si ese usuario ya no va a volver, conecta con HubSpot en lugar de usar la aplicación heredada.</translation>
    </message>
    <message>
        <source>HubSpot refused the request because the private app lacks a scope: %1.</source>
        <translation>HubSpot rechazó la solicitud porque a la aplicación privada le falta un alcance: %1.</translation>
    </message>
    <message>
        <source>HubSpot refused the request because the private app lacks a scope.</source>
        <translation>HubSpot rechazó la solicitud porque a la aplicación privada le falta un alcance.</translation>
    </message>
    <message>
        <source>HubSpot asks to slow down</source>
        <translation>HubSpot pide ir más despacio</translation>
    </message>
    <message>
        <source>Too many requests were sent to HubSpot in a short time (the daily limit was reached).</source>
        <translation>Se enviaron demasiadas solicitudes a HubSpot en poco tiempo (se alcanzó el límite diario).</translation>
    </message>
    <message>
        <source>Too many requests were sent to HubSpot in a short time.</source>
        <translation>Se enviaron demasiadas solicitudes a HubSpot en poco tiempo.</translation>
    </message>
    <message>
        <source>Ask your IT team to allow this assistant to reach HubSpot.</source>
        <translation>Pide a tu departamento de TI que permita a este asistente conectarse a HubSpot.</translation>
    </message>
    <message>
        <source>HubSpot is moving this account</source>
        <translation>HubSpot está trasladando esta cuenta</translation>
    </message>
    <message>
        <source>HubSpot is moving this portal&apos;s data to another data centre and refuses changes until it is done.</source>
        <translation>HubSpot está trasladando los datos de esta cuenta a otro centro de datos y no acepta cambios hasta que termine.</translation>
    </message>
    <message>
        <source>Try again later; a move can take up to a day.</source>
        <translation>Vuelve a intentarlo más tarde; un traslado puede tardar hasta un día.</translation>
    </message>
    <message>
        <source>%1 answered in an unexpected way</source>
        <translation>%1 respondió de forma inesperada</translation>
    </message>
    <message>
        <source>The answer from %1 was not what the assistant expected.</source>
        <translation>La respuesta de %1 no era la que esperaba el asistente.</translation>
    </message>
</context>
<context>
    <name>services.file_writes</name>
    <message>
        <source>The folder %1 cannot be written: it is read-only for you.</source>
        <translation>No se puede escribir en la carpeta %1: es de solo lectura para ti.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be written: it is on a read-only disk.</source>
        <translation>No se puede escribir en la carpeta %1: está en un disco de solo lectura.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be written: the disk is full.</source>
        <translation>No se puede escribir en la carpeta %1: el disco está lleno.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be written: your disk quota is used up.</source>
        <translation>No se puede escribir en la carpeta %1: has agotado tu cuota de disco.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be written: a file is in the way of it.</source>
        <translation>No se puede escribir en la carpeta %1: en su lugar hay un archivo.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be written: %2.</source>
        <translation>No se puede escribir en la carpeta %1: %2.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be written: this computer refused it.</source>
        <translation>No se puede escribir en la carpeta %1: el equipo lo rechazó.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 no es un archivo.</translation>
    </message>
    <message>
        <source>%1 is a folder.</source>
        <translation>%1 es una carpeta.</translation>
    </message>
    <message>
        <source>%1 is not a regular file.</source>
        <translation>%1 no es un archivo normal.</translation>
    </message>
    <message numerus="yes">
        <source>%1 is larger than %n byte(s).</source>
        <translation>
            <numerusform>%1 ocupa más de %n byte.</numerusform>
            <numerusform>%1 ocupa más de %n bytes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>services.loopback</name>
    <message>
        <source>Nothing here</source>
        <translation>Aquí no hay nada</translation>
    </message>
    <message>
        <source>This address is not part of the sign-in.</source>
        <translation>Esta dirección no forma parte del inicio de sesión.</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Algo salió mal</translation>
    </message>
    <message>
        <source>The browser sent more than expected.</source>
        <translation>El navegador envió más de lo esperado.</translation>
    </message>
    <message>
        <source>The browser sent the answer in an unknown form.</source>
        <translation>El navegador envió la respuesta en un formato desconocido.</translation>
    </message>
    <message>
        <source>This link has expired</source>
        <translation>Este enlace ha caducado</translation>
    </message>
    <message>
        <source>This page belongs to an earlier or different attempt, so it was not used.</source>
        <translation>Esta página pertenece a un intento anterior o distinto, así que no se usó.</translation>
    </message>
    <message>
        <source>Go back to the app and finish in the newest browser tab it opened.</source>
        <translation>Vuelve a la aplicación y termina en la pestaña del navegador más reciente que abrió.</translation>
    </message>
    <message>
        <source>This took too long</source>
        <translation>Esto tardó demasiado</translation>
    </message>
    <message>
        <source>The browser did not finish sending the page.</source>
        <translation>El navegador no terminó de enviar la página.</translation>
    </message>
    <message>
        <source>The browser sent an incomplete page.</source>
        <translation>El navegador envió una página incompleta.</translation>
    </message>
    <message>
        <source>The address was too long.</source>
        <translation>La dirección era demasiado larga.</translation>
    </message>
    <message>
        <source>The browser spoke an unknown protocol version.</source>
        <translation>El navegador usó una versión de protocolo desconocida.</translation>
    </message>
    <message>
        <source>This attempt was stopped</source>
        <translation>Este intento se detuvo</translation>
    </message>
    <message>
        <source>The assistant is no longer waiting for this page.</source>
        <translation>El asistente ya no está esperando esta página.</translation>
    </message>
    <message>
        <source>Return to the app to start again.</source>
        <translation>Vuelve a la aplicación para empezar de nuevo.</translation>
    </message>
    <message>
        <source>Nothing is waiting for an address right now. Start the sign-in or connect again.</source>
        <translation>Ahora mismo nada está esperando una dirección. Vuelve a iniciar sesión o a conectar.</translation>
    </message>
    <message>
        <source>Paste the whole address from the browser&apos;s address bar (it starts with http).</source>
        <translation>Pega la dirección completa de la barra de direcciones del navegador (empieza por http).</translation>
    </message>
    <message>
        <source>That address belongs to an earlier or different attempt. Paste the address of the newest browser tab.</source>
        <translation>Esa dirección pertenece a un intento anterior o distinto. Pega la dirección de la pestaña del navegador más reciente.</translation>
    </message>
    <message>
        <source>That is not the address of the last page. Copy the address of the page the browser ended on (it starts with %1).</source>
        <translation>Esa no es la dirección de la última página. Copia la dirección de la página en la que terminó el navegador (empieza por %1).</translation>
    </message>
</context>
<context>
    <name>services.opencx_port</name>
    <message>
        <source>You are signed in to OpenCX</source>
        <translation>Has iniciado sesión en OpenCX</translation>
    </message>
    <message>
        <source>HubSpot is connected to OpenCX</source>
        <translation>HubSpot está conectado a OpenCX</translation>
    </message>
    <message>
        <source>You can close this tab and go back to the setup assistant.</source>
        <translation>Puedes cerrar esta pestaña y volver al asistente de configuración.</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Formulario</translation>
    </message>
    <message>
        <source>Calling</source>
        <translation>Llamadas</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>channel type: its name</comment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>services.problem_texts</name>
    <message>
        <source>The diagnostics file could not be saved</source>
        <translation>No se pudo guardar el archivo de diagnóstico</translation>
    </message>
    <message>
        <source>The diagnostics bundle could not be saved</source>
        <translation>No se pudo guardar el archivo de diagnóstico</translation>
    </message>
    <message>
        <source>The answers file could not be saved</source>
        <translation>No se pudo guardar el archivo de respuestas</translation>
    </message>
    <message>
        <source>It could not be written to %1 (%2).</source>
        <translation>No se pudo escribir en %1 (%2).</translation>
    </message>
    <message>
        <source>Choose a folder you can write to, such as Documents, and try again.</source>
        <translation>Elige una carpeta en la que puedas escribir, como Documentos, y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>A folder on this computer cannot be written</source>
        <translation>No se puede escribir en una carpeta de este equipo</translation>
    </message>
    <message>
        <source>Make the folder writable for your user (or free some disk space), then try again; nothing was changed.</source>
        <translation>Da permiso de escritura a tu usuario en esa carpeta (o libera espacio en disco) y vuelve a intentarlo; no se ha cambiado nada.</translation>
    </message>
    <message>
        <source>A setting cannot be used</source>
        <translation>No se puede usar un ajuste</translation>
    </message>
    <message>
        <source>Correct the option, the %1 / %2 variable or the settings file, then start again.</source>
        <translation>Corrige la opción, la variable %1 / %2 o el archivo de configuración y vuelve a empezar.</translation>
    </message>
    <message>
        <source>The language could not be kept</source>
        <translation>No se pudo guardar el idioma</translation>
    </message>
    <message>
        <source>Correct or remove the settings file it names, then choose the language again.</source>
        <translation>Corrige o elimina el archivo de configuración que se indica y vuelve a elegir el idioma.</translation>
    </message>
    <message>
        <source>Another setup is running</source>
        <translation>Ya hay otra configuración en curso</translation>
    </message>
    <message>
        <source>Wait until it has finished, then start again; nothing was changed.</source>
        <translation>Espera a que termine y vuelve a empezar; no se ha cambiado nada.</translation>
    </message>
    <message>
        <source>The sandbox could not start</source>
        <translation>No se pudo iniciar el entorno de práctica</translation>
    </message>
    <message>
        <source>Check the scenario name (%1 lists them).</source>
        <translation>Comprueba el nombre del escenario (%1 los muestra todos).</translation>
    </message>
    <message>
        <source>The practice customer could not send the message</source>
        <translation>El cliente de práctica no pudo enviar el mensaje</translation>
    </message>
    <message>
        <source>The built-in practice portal did not accept the test message.</source>
        <translation>La cuenta de práctica integrada no aceptó el mensaje de prueba.</translation>
    </message>
    <message>
        <source>Try again. If it keeps failing, restart the assistant.</source>
        <translation>Vuelve a intentarlo. Si sigue fallando, reinicia el asistente.</translation>
    </message>
</context>
<context>
    <name>services.progress</name>
    <message>
        <source>Your saved progress could not be read, so the setup starts from the beginning. Nothing in OpenCX or HubSpot was changed.</source>
        <translation>No se pudo leer tu progreso guardado, así que la configuración empieza desde el principio. No se ha cambiado nada en OpenCX ni en HubSpot.</translation>
    </message>
    <message>
        <source>Your saved progress was made by a different version of this assistant, so the setup starts from the beginning. Anything already connected will be found again.</source>
        <translation>Tu progreso guardado lo creó otra versión de este asistente, así que la configuración empieza desde el principio. Lo que ya esté conectado se volverá a encontrar.</translation>
    </message>
    <message>
        <source>Your progress cannot be saved in %1 (%2).</source>
        <translation>No se puede guardar tu progreso en %1 (%2).</translation>
    </message>
</context>
<context>
    <name>services.result_page</name>
    <message>
        <source>en</source>
        <comment>The language code of the browser page (de, fr, es, nl, pt-BR): not a sentence</comment>
        <translation>es</translation>
    </message>
    <message>
        <source>You can close this tab and return to %1.</source>
        <translation>Puedes cerrar esta pestaña y volver a %1.</translation>
    </message>
</context>
<context>
    <name>services.secrets</name>
    <message>
        <source>This computer has no secure password storage that the assistant can use, so your sign-in and tokens are kept only while the assistant is open. You will need to sign in again next time.</source>
        <translation>Este equipo no tiene un almacén de contraseñas seguro que el asistente pueda usar, así que tu inicio de sesión y tus tokens (claves de acceso) solo se conservan mientras el asistente está abierto. La próxima vez tendrás que volver a iniciar sesión.</translation>
    </message>
    <message>
        <source>The system keychain refused to store a secret, so it is kept only while the assistant is open. Unlock your keychain and try again to keep it.</source>
        <translation>El almacén de contraseñas del equipo no permitió guardar un dato secreto, así que solo se conserva mientras el asistente está abierto. Desbloquea tu almacén de contraseñas y vuelve a intentarlo para conservarlo.</translation>
    </message>
</context>
<context>
    <name>services.settings</name>
    <message>
        <source>%1 must be a web address such as %2.</source>
        <translation>%1 debe ser una dirección web, como %2.</translation>
    </message>
    <message>
        <source>%1 must not contain a user name or password.</source>
        <translation>%1 no debe contener un nombre de usuario ni una contraseña.</translation>
    </message>
    <message>
        <source>%1 must not contain &apos;?&apos; or &apos;#&apos;.</source>
        <translation>%1 no debe contener «?» ni «#».</translation>
    </message>
    <message>
        <source>%1 must start with https:// (plain http is only allowed for this computer, 127.0.0.1 or localhost).</source>
        <translation>%1 debe empezar por https:// (http sin cifrar solo se permite para este equipo, 127.0.0.1 o localhost).</translation>
    </message>
    <message>
        <source>%1 has a port that is not a number from 1 to 65535.</source>
        <translation>%1 tiene un puerto que no es un número del 1 al 65535.</translation>
    </message>
    <message>
        <source>%1 must be one of %2.</source>
        <translation>%1 debe ser uno de estos valores: %2.</translation>
    </message>
    <message>
        <source>The OpenCX URL</source>
        <translation>La URL de OpenCX</translation>
    </message>
    <message>
        <source>The HubSpot API URL</source>
        <translation>La URL de la API de HubSpot</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a setting (where it came from)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The assistant does not speak the language “%1”. Use one of %2.</source>
        <translation>El asistente no está disponible en el idioma «%1». Usa uno de estos: %2.</translation>
    </message>
    <message>
        <source>The settings file %1 does not exist.</source>
        <translation>El archivo de configuración %1 no existe.</translation>
    </message>
    <message>
        <source>The settings file %1 is not a file.</source>
        <translation>El archivo de configuración %1 no es un archivo.</translation>
    </message>
    <message>
        <source>The settings file %1 is too large to be a settings file (more than %2 KiB).</source>
        <translation>El archivo de configuración %1 es demasiado grande para ser un archivo de configuración (más de %2 KiB).</translation>
    </message>
    <message>
        <source>The settings file %1 cannot be read (%2).</source>
        <translation>No se puede leer el archivo de configuración %1 (%2).</translation>
    </message>
    <message>
        <source>The settings file %1 is not UTF-8 text; save it as UTF-8.</source>
        <translation>El archivo de configuración %1 no es texto UTF-8; guárdalo como UTF-8.</translation>
    </message>
    <message>
        <source>The settings file %1 is not valid TOML: %2.</source>
        <translation>El archivo de configuración %1 no es TOML válido: %2.</translation>
    </message>
    <message>
        <source>The settings file %1 is nested too deeply.</source>
        <translation>El archivo de configuración %1 tiene demasiados niveles anidados.</translation>
    </message>
    <message>
        <source>The settings file %1 has unknown settings: %2. Known: %3.</source>
        <translation>El archivo de configuración %1 tiene ajustes desconocidos: %2. Los conocidos son: %3.</translation>
    </message>
    <message>
        <source>In %1, these settings must be text: %2.</source>
        <translation>En %1, estos ajustes deben ser texto: %2.</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>de %1</translation>
    </message>
    <message>
        <source>from the %1 environment variable</source>
        <translation>de la variable de entorno %1</translation>
    </message>
</context>
<context>
    <name>services.writer_lock</name>
    <message>
        <source>The setup window is open; close it or wait.</source>
        <translation>La ventana del asistente está abierta; ciérrala o espera.</translation>
    </message>
    <message>
        <source>Another &quot;apply&quot; command is running (process %1); wait for it to finish.</source>
        <translation>Ya se está ejecutando otro comando «apply» (proceso %1); espera a que termine.</translation>
    </message>
    <message>
        <source>Another &quot;apply&quot; command is running; wait for it to finish.</source>
        <translation>Ya se está ejecutando otro comando «apply»; espera a que termine.</translation>
    </message>
    <message>
        <source>Another setup is running for your user; wait for it to finish.</source>
        <translation>Ya hay otra configuración en curso con tu usuario; espera a que termine.</translation>
    </message>
</context>
</TS>
