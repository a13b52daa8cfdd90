<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
    <context>
        <name>AboutDialog</name>
        <message>
            <source>About {APP_NAME}</source>
            <translation>Acerca de {APP_NAME}</translation>
        </message>
        <message>
            <source>Offline admin for in-person peer support groups: attendance, check-ins, notes, handouts and PDF exports. It never uses the internet: everything stays on this computer, or on your organisation's own server if you connect to one.</source>
            <translation>Gestión sin conexión para grupos presenciales de apoyo mutuo: asistencia, check-ins, notas, materiales y exportaciones en PDF. Nunca usa internet: todo se queda en este ordenador, o en el servidor propio de tu organización si te conectas a uno.</translation>
        </message>
        <message>
            <source>{APP_NAME} is free software under the {licence} licence.</source>
            <translation>{APP_NAME} es software libre bajo la licencia {licence}.</translation>
        </message>
        <message>
            <source>Data file: {path}</source>
            <translation>Archivo de datos: {path}</translation>
        </message>
        <message>
            <source>Component</source>
            <translation>Componente</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Versión</translation>
        </message>
        <message>
            <source>Licence</source>
            <translation>Licencia</translation>
        </message>
        <message>
            <source>Bundled components</source>
            <translation>Componentes incluidos</translation>
        </message>
        <message>
            <source>What the app is built with, and under which licence. Use the arrow keys to choose one; its licence text is shown below.</source>
            <translation>Con qué está hecha la aplicación y bajo qué licencia. Use las flechas para elegir uno; su texto de licencia aparece debajo.</translation>
        </message>
        <message>
            <source>&amp;Bundled components and their licences:</source>
            <translation>&amp;Componentes incluidos y sus licencias:</translation>
        </message>
        <message>
            <source>Licence text</source>
            <translation>Texto de la licencia</translation>
        </message>
        <message>
            <source>The licence text of the component chosen above (read only).</source>
            <translation>El texto de la licencia del componente elegido arriba (solo lectura).</translation>
        </message>
        <message>
            <source>Licence &amp;text:</source>
            <translation>&amp;Texto de la licencia:</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <source>Close this window (Esc).</source>
            <translation>Cerrar esta ventana (Esc).</translation>
        </message>
    </context>
    <context>
        <name>AttendanceEntryBar</name>
        <message>
            <source>Type a name, press Enter</source>
            <translation>Escribe un nombre y pulsa Intro</translation>
        </message>
        <message>
            <source>Walk-in name</source>
            <translation>Nombre de quien llega</translation>
        </message>
        <message>
            <source>Marks a member of the group present by name (current, former or joined later), or adds someone new and marks them present (Ctrl+W)</source>
            <translation>Marca como presente a un miembro del grupo por su nombre (actual, anterior o que se unió después), o añade a alguien nuevo y lo marca presente (Ctrl+W)</translation>
        </message>
        <message>
            <source>&amp;Walk-in:</source>
            <translation>&amp;Llega sin aviso:</translation>
        </message>
        <message>
            <source>Anonymous visitors</source>
            <translation>Visitantes anónimos</translation>
        </message>
        <message>
            <source>Visitors who came without giving a name: a headcount only</source>
            <translation>Visitantes que vinieron sin dar su nombre: solo se cuentan</translation>
        </message>
        <message>
            <source>&amp;Visitors:</source>
            <translation>&amp;Visitantes:</translation>
        </message>
    </context>
    <context>
        <name>AttendanceModel</name>
        <message>
            <source>No status yet</source>
            <translation>Aún sin estado</translation>
        </message>
    </context>
    <context>
        <name>AttendancePanel</name>
        <message>
            <source>Attendance</source>
            <translation>Asistencia</translation>
        </message>
        <message>
            <source>Session</source>
            <translation>Sesión</translation>
        </message>
        <message>
            <source>About this session</source>
            <translation>Sobre esta sesión</translation>
        </message>
        <message>
            <source>Schedule sessions…</source>
            <translation>Programar sesiones…</translation>
        </message>
        <message>
            <source>Schedule sessions</source>
            <translation>Programar sesiones</translation>
        </message>
        <message>
            <source>Create planned sessions following the group's pattern (Ctrl+Shift+S)</source>
            <translation>Crea sesiones previstas según el ritmo del grupo (Ctrl+Shift+S)</translation>
        </message>
        <message>
            <source>Mark ever&amp;yone present</source>
            <translation>Marcar a &amp;todos presentes</translation>
        </message>
        <message>
            <source>Mark everyone present</source>
            <translation>Marcar a todos presentes</translation>
        </message>
        <message>
            <source>Mark every member without a status as present (Ctrl+Shift+P)</source>
            <translation>Marca como presente a cada miembro que aún no tiene estado (Ctrl+Shift+P)</translation>
        </message>
        <message>
            <source>Attendance sheet</source>
            <translation>Hoja de asistencia</translation>
        </message>
        <message>
            <source>P present · L late · O left early · E excused · A absent · Space cycles · Delete clears · F2 or double-click: choose from a list</source>
            <translation>P presente · L tarde · O se fue antes · E excusado · A ausente · Espacio cambia · Supr borra · F2 o doble clic: elegir de una lista</translation>
        </message>
        <message>
            <source>Totals</source>
            <translation>Totales</translation>
        </message>
        <message>
            <source>No session selected</source>
            <translation>Ninguna sesión elegida</translation>
        </message>
        <message>
            <source>Choose a session on the left, or schedule the group's sessions.</source>
            <translation>Elige una sesión a la izquierda o programa las sesiones del grupo.</translation>
        </message>
        <message>
            <source>{name}: {status}</source>
            <translation>{name}: {status}</translation>
        </message>
        <message>
            <source>no status</source>
            <translation>sin estado</translation>
        </message>
        <message>
            <source>Everyone on the sheet has a status.</source>
            <translation>Todas las personas de la hoja tienen un estado.</translation>
        </message>
        <message>
            <source>Everyone on the sheet already has a status.</source>
            <translation>Todas las personas de la hoja ya tienen un estado.</translation>
        </message>
        <message>
            <source>Everyone present ({count})</source>
            <translation>Todos presentes ({count})</translation>
        </message>
        <message>
            <source>{preferred_name}: Present</source>
            <translation>{preferred_name}: Presente</translation>
        </message>
        <message>
            <source> · {label}</source>
            <translation> · {label}</translation>
        </message>
        <message>
            <source>{long_date}{status}</source>
            <translation>{long_date}{status}</translation>
        </message>
        <message>
            <source>This session is marked “{label}”, so nothing is recorded for it. If that was a mistake, undo it (Ctrl+Z) or use Session &gt; Set back to planned.</source>
            <translation>Esta sesión está marcada como «{label}», así que no se registra nada en ella. Si fue un error, deshazlo (Ctrl+Z) o usa Sesión &gt; Volver a prevista.</translation>
        </message>
        <message>
            <source>Topic: {topic}</source>
            <translation>Tema: {topic}</translation>
        </message>
        <message>
            <source>Nobody was a member on this date. Type a walk-in's name below to mark who came; people who joined later are found too.</source>
            <translation>Nadie era miembro en esta fecha. Escribe abajo el nombre de quien llega para marcar quién vino; también aparecen quienes se unieron después.</translation>
        </message>
        <message>
            <source>This group has no members yet. Add a walk-in below, or add members in the Roster tab.</source>
            <translation>Este grupo aún no tiene miembros. Añade abajo a quien llega, o añade miembros en la pestaña Miembros.</translation>
        </message>
        <message>
            <source>{count} {status}</source>
            <translation>{count} {status}</translation>
        </message>
        <message>
            <source>{value} not marked yet</source>
            <translation>{value} sin marcar todavía</translation>
        </message>
        <message numerus="yes">
            <source>%n visitor(s)</source>
            <translation>
                <numerusform>%n visitante</numerusform>
                <numerusform>%n visitantes</numerusform>
            </translation>
        </message>
        <message>
            <source>In the room: {value}</source>
            <translation>En la sala: {value}</translation>
        </message>
        <message>
            <source>{head}  —  </source>
            <translation>{head}  —  </translation>
        </message>
    </context>
    <context>
        <name>BackupListModel</name>
        <message>
            <source>Backup from {label}</source>
            <translation>Copia de seguridad del {label}</translation>
        </message>
        <message>
            <source>, not checked, cannot be restored</source>
            <translation>, sin comprobar, no se puede restaurar</translation>
        </message>
        <message>
            <source>Backup from {label}, made {reason_label}: {summary}.</source>
            <translation>Copia de seguridad del {label}, hecha {reason_label}: {summary}.</translation>
        </message>
    </context>
    <context>
        <name>BundlePage</name>
        <message>
            <source>Organisation key file</source>
            <translation>Archivo de la clave de la organización</translation>
        </message>
        <message>
            <source>The organisation's key: bundles are encrypted with it and only it can open them.</source>
            <translation>La clave de la organización: los paquetes se cifran con ella y solo ella puede abrirlos.</translation>
        </message>
        <message>
            <source>Bro&amp;wse…</source>
            <translation>Exa&amp;minar…</translation>
        </message>
        <message>
            <source>Choose the key file</source>
            <translation>Elegir el archivo de la clave</translation>
        </message>
        <message>
            <source>Choose the organisation key file.</source>
            <translation>Elija el archivo de la clave de la organización.</translation>
        </message>
        <message>
            <source>&amp;New organisation key…</source>
            <translation>&amp;Nueva clave de la organización…</translation>
        </message>
        <message>
            <source>New organisation key</source>
            <translation>Nueva clave de la organización</translation>
        </message>
        <message>
            <source>Make a key for your organisation's bundles (once, then copy it to each laptop).</source>
            <translation>Crear una clave para los paquetes de su organización (una vez; luego cópiela en cada portátil).</translation>
        </message>
        <message>
            <source>Organisation &amp;key:</source>
            <translation>&amp;Clave de la organización:</translation>
        </message>
        <message>
            <source>Export a bundle</source>
            <translation>Exportar un paquete</translation>
        </message>
        <message>
            <source>Only changes since the &amp;last bundle</source>
            <translation>Solo los cambios desde el ú&amp;ltimo paquete</translation>
        </message>
        <message>
            <source>Only changes since the last bundle</source>
            <translation>Solo los cambios desde el último paquete</translation>
        </message>
        <message>
            <source>Leave out what earlier bundles from here already carried.</source>
            <translation>Dejar fuera lo que ya llevaron paquetes anteriores de aquí.</translation>
        </message>
        <message>
            <source>&amp;Export…</source>
            <translation>&amp;Exportar…</translation>
        </message>
        <message>
            <source>Write this data's changes to an encrypted file, e.g. on a USB stick.</source>
            <translation>Escribir los cambios de estos datos en un archivo cifrado, p. ej. en una memoria USB.</translation>
        </message>
        <message>
            <source>Import a bundle</source>
            <translation>Importar un paquete</translation>
        </message>
        <message>
            <source>Bundle file</source>
            <translation>Archivo del paquete</translation>
        </message>
        <message>
            <source>The bundle to take in.</source>
            <translation>El paquete que se va a incorporar.</translation>
        </message>
        <message>
            <source>Br&amp;owse…</source>
            <translation>Exam&amp;inar…</translation>
        </message>
        <message>
            <source>Choose the bundle</source>
            <translation>Elegir el paquete</translation>
        </message>
        <message>
            <source>Choose the bundle file.</source>
            <translation>Elija el archivo del paquete.</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>Im&amp;portar</translation>
        </message>
        <message>
            <source>Import the bundle</source>
            <translation>Importar el paquete</translation>
        </message>
        <message>
            <source>Merge the bundle's changes into this data.</source>
            <translation>Combinar los cambios del paquete con estos datos.</translation>
        </message>
        <message>
            <source>B&amp;undle:</source>
            <translation>Pa&amp;quete:</translation>
        </message>
    </context>
    <context>
        <name>ChangePassphraseDialog</name>
        <message>
            <source>Change passphrase</source>
            <translation>Cambiar la frase de contraseña</translation>
        </message>
        <message>
            <source>Current passphrase</source>
            <translation>Frase de contraseña actual</translation>
        </message>
        <message>
            <source>I forgot it: use the &amp;recovery key instead</source>
            <translation>La olvidé: usar la clave de &amp;recuperación</translation>
        </message>
        <message>
            <source>New passphrase</source>
            <translation>Nueva frase de contraseña</translation>
        </message>
        <message>
            <source>The new passphrase again</source>
            <translation>La nueva frase otra vez</translation>
        </message>
        <message>
            <source>&amp;Current passphrase:</source>
            <translation>Frase &amp;actual:</translation>
        </message>
        <message>
            <source>&amp;New passphrase:</source>
            <translation>&amp;Nueva frase:</translation>
        </message>
        <message>
            <source>The new one &amp;again:</source>
            <translation>La nueva, otra &amp;vez:</translation>
        </message>
        <message>
            <source>&amp;Recovery key:</source>
            <translation>Clave de &amp;recuperación:</translation>
        </message>
        <message>
            <source>Recovery key</source>
            <translation>Clave de recuperación</translation>
        </message>
        <message>
            <source>The two new passphrases differ. Type the same one twice.</source>
            <translation>Las dos frases nuevas no coinciden. Escribe la misma dos veces.</translation>
        </message>
    </context>
    <context>
        <name>CheckinCells</name>
        <message>
            <source>Enter goes on to the next person; Tab to the next cell; Esc leaves it as it was.</source>
            <translation>Intro pasa a la siguiente persona; Tab, a la siguiente celda; Esc lo deja como estaba.</translation>
        </message>
        <message>
            <source>Enter goes on to the next question, and after the last one to the next person; Tab to the next cell; Esc leaves it as it was.</source>
            <translation>Intro pasa a la siguiente pregunta y, tras la última, a la siguiente persona; Tab, a la siguiente celda; Esc lo deja como estaba.</translation>
        </message>
    </context>
    <context>
        <name>CheckinDelegate</name>
        <message>
            <source>{name}, {header} ({minimum} to {maximum})</source>
            <translation>{name}, {header} (de {minimum} a {maximum})</translation>
        </message>
        <message>
            <source>{tip}. {follow}</source>
            <translation>{tip}. {follow}</translation>
        </message>
        <message>
            <source>{name}, one word</source>
            <translation>{name}, una palabra</translation>
        </message>
        <message>
            <source>The optional one word. {NEXT_PERSON}</source>
            <translation>La palabra opcional. {NEXT_PERSON}</translation>
        </message>
    </context>
    <context>
        <name>CheckinHeading</name>
        <message>
            <source>Session</source>
            <translation>Sesión</translation>
        </message>
        <message>
            <source>Check-in used</source>
            <translation>Check-in utilizado</translation>
        </message>
        <message>
            <source>About this round</source>
            <translation>Sobre esta ronda</translation>
        </message>
        <message>
            <source>No session selected</source>
            <translation>Ninguna sesión elegida</translation>
        </message>
        <message>
            <source>Choose a session on the left to record its check-in round.</source>
            <translation>Elige una sesión a la izquierda para registrar su ronda de check-in.</translation>
        </message>
        <message>
            <source> · {label}</source>
            <translation> · {label}</translation>
        </message>
        <message>
            <source>Check-ins · {long_date}{status}</source>
            <translation>Check-ins · {long_date}{status}</translation>
        </message>
        <message>
            <source>No scored check-in</source>
            <translation>Sin check-in puntuado</translation>
        </message>
        <message>
            <source>{group_name} has no scored check-in, so there is nothing to fill in here: people simply say how they are. To use one, choose it in Group &gt; Edit group.</source>
            <translation>{group_name} no tiene un check-in puntuado, así que aquí no hay nada que rellenar: cada persona simplemente cuenta cómo está. Para usar uno, elígelo en Grupo &gt; Editar grupo.</translation>
        </message>
        <message>
            <source>{short_name} · {period}</source>
            <translation>{short_name} · {period}</translation>
        </message>
        <message>
            <source>This session is marked “{label}”, so nothing is recorded for it. If that was a mistake, set it back to planned in the Session menu.</source>
            <translation>Esta sesión está marcada como «{label}», así que no se registra nada en ella. Si fue un error, vuelve a ponerla como prevista en el menú Sesión.</translation>
        </message>
        <message>
            <source>Nobody is marked as attending this session yet. Take attendance first (Ctrl+1): everyone who came appears here for the round.</source>
            <translation>Todavía nadie está marcado como asistente a esta sesión. Pasa lista primero (Ctrl+1): quienes vinieron aparecen aquí para la ronda.</translation>
        </message>
    </context>
    <context>
        <name>CheckinRoundView</name>
        <message>
            <source>Type a number in a score cell and press Enter: on to the next question, and after a person's last question, on to the next person. Tab goes cell by cell and reaches the optional word. {pass_key} records a pass (in any cell but the word, where letters are the word). Delete clears the member's check-in. F2 or a double-click edits a cell. Every entry is saved at once.</source>
            <translation>Escribe un número en una celda de puntuación y pulsa Intro: pasa a la siguiente pregunta y, tras la última pregunta de una persona, a la siguiente persona. Tab va celda a celda y llega a la palabra opcional. {pass_key} registra un pase (en cualquier celda salvo la de la palabra, donde las letras son la palabra). Supr borra el check-in del miembro. F2 o un doble clic edita una celda. Cada entrada se guarda al momento.</translation>
        </message>
        <message>
            <source>Type a number and press Enter to go on to the next person.</source>
            <translation>Escribe un número y pulsa Intro para pasar a la siguiente persona.</translation>
        </message>
        <message>
            <source>Type each answer and press Enter; after someone's last one, Enter goes on to the next person.</source>
            <translation>Escribe cada respuesta y pulsa Intro; tras la última de alguien, Intro pasa a la siguiente persona.</translation>
        </message>
        <message>
            <source>{start} Tab reaches the optional word · {PASS_KEY} is a pass · Delete clears</source>
            <translation>{start} Tab lleva a la palabra opcional · {PASS_KEY} es pasar · Supr borra</translation>
        </message>
    </context>
    <context>
        <name>CheckinsModel</name>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Who came to this session</source>
            <translation>Quién vino a esta sesión</translation>
        </message>
        <message>
            <source>{minimum} to {maximum}</source>
            <translation>de {minimum} a {maximum}</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Puntuación</translation>
        </message>
        <message>
            <source>{text} ({span}). Type the number.</source>
            <translation>{text} ({span}). Escribe el número.</translation>
        </message>
        <message>
            <source>Q{number}</source>
            <translation>P{number}</translation>
        </message>
        <message>
            <source>Question {number}: {text} ({span})</source>
            <translation>Pregunta {number}: {text} ({span})</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <source>The answers added up: {min_total} to {max_total}</source>
            <translation>Las respuestas sumadas: de {min_total} a {max_total}</translation>
        </message>
        <message>
            <source>The published percentage: the total times four (0 to 100)</source>
            <translation>El porcentaje publicado: el total por cuatro (de 0 a 100)</translation>
        </message>
        <message>
            <source>Word</source>
            <translation>Palabra</translation>
        </message>
        <message>
            <source>The optional one word (or a very short phrase)</source>
            <translation>La palabra opcional (o una frase muy corta)</translation>
        </message>
        <message>
            <source>Passed</source>
            <translation>Pasó</translation>
        </message>
        <message>
            <source>Ticked when the member passed ({PASS_KEY}): a pass is a pass, never a zero</source>
            <translation>Marcado cuando el miembro pasó ({PASS_KEY}): pasar es pasar, nunca un cero</translation>
        </message>
        <message>
            <source>passed</source>
            <translation>pasó</translation>
        </message>
        <message>
            <source>Attendance: {lower}</source>
            <translation>Asistencia: {lower}</translation>
        </message>
        <message>
            <source>Not marked as attending, but a check-in is kept</source>
            <translation>No está marcado como asistente, pero se guarda un check-in</translation>
        </message>
        <message>
            <source>a pass</source>
            <translation>un pase</translation>
        </message>
        <message>
            <source>a total of {total}</source>
            <translation>un total de {total}</translation>
        </message>
        <message>
            <source>. Their check-in here was recorded with another instrument ({total}); typing a score replaces it.</source>
            <translation>. Su check-in aquí se registró con otro instrumento ({total}); escribir una puntuación lo sustituye.</translation>
        </message>
        <message>
            <source>Not saved yet: it is saved once every question has an answer, or as a pass ({PASS_KEY}). {tooltip}</source>
            <translation>Aún sin guardar: se guarda cuando todas las preguntas tienen respuesta, o como pase ({PASS_KEY}). {tooltip}</translation>
        </message>
        <message>
            <source>{name}: passed</source>
            <translation>{name}: pasó</translation>
        </message>
        <message>
            <source>{name}: not passed</source>
            <translation>{name}: no pasó</translation>
        </message>
        <message>
            <source>{name}, {header}: passed</source>
            <translation>{name}, {header}: pasó</translation>
        </message>
        <message>
            <source>no word</source>
            <translation>sin palabra</translation>
        </message>
        <message>
            <source>no answer yet</source>
            <translation>aún sin respuesta</translation>
        </message>
        <message>
            <source>{name}, {header}: {text}</source>
            <translation>{name}, {header}: {text}</translation>
        </message>
        <message>
            <source> (not saved yet)</source>
            <translation> (aún sin guardar)</translation>
        </message>
    </context>
    <context>
        <name>CheckinsPanel</name>
        <message>
            <source>Check-ins</source>
            <translation>Check-ins</translation>
        </message>
        <message>
            <source>Round so far</source>
            <translation>La ronda hasta ahora</translation>
        </message>
        <message>
            <source>{scored} checked in</source>
            <translation>{scored} hicieron el check-in</translation>
        </message>
        <message>
            <source>{passed} passed</source>
            <translation>{passed} pasaron</translation>
        </message>
        <message>
            <source>{to_go} still to go</source>
            <translation>faltan {to_go}</translation>
        </message>
        <message>
            <source>everyone's done</source>
            <translation>todos han terminado</translation>
        </message>
        <message>
            <source>{preferred_name}: {describe}</source>
            <translation>{preferred_name}: {describe}</translation>
        </message>
        <message>
            <source>check-in cleared</source>
            <translation>check-in borrado</translation>
        </message>
        <message>
            <source>passed</source>
            <translation>pasó</translation>
        </message>
        <message>
            <source>{name} {total}</source>
            <translation>{name} {total}</translation>
        </message>
        <message>
            <source>, “{word}”</source>
            <translation>, «{word}»</translation>
        </message>
        <message>
            <source>Not saved, as some questions had no answer yet: {names} ({date}).</source>
            <translation>No se guardó, porque algunas preguntas aún no tenían respuesta: {names} ({date}).</translation>
        </message>
        <message>
            <source>That is the end of the round; {to_go} still to check in.</source>
            <translation>Fin de la ronda; aún faltan {to_go} por hacer el check-in.</translation>
        </message>
        <message>
            <source>Everyone in the round has checked in or passed.</source>
            <translation>Todas las personas de la ronda hicieron el check-in o pasaron.</translation>
        </message>
    </context>
    <context>
        <name>CheckinsView</name>
        <message>
            <source>Check-in round</source>
            <translation>Ronda de check-in</translation>
        </message>
        <message>
            <source>passed</source>
            <translation>pasó</translation>
        </message>
    </context>
    <context>
        <name>ColumnChoices</name>
        <message>
            <source>&amp;Which detail is in each column</source>
            <translation>&amp;Qué dato hay en cada columna</translation>
        </message>
        <message>
            <source>Which detail is in each column</source>
            <translation>Qué dato hay en cada columna</translation>
        </message>
        <message>
            <source>For each column of the file, choose the member detail it holds, or Ignore.</source>
            <translation>Para cada columna del archivo, elige el dato del miembro que contiene, o Ignorar.</translation>
        </message>
        <message>
            <source>Column {value}</source>
            <translation>Columna {value}</translation>
        </message>
        <message>
            <source>Column {value}, {shown}</source>
            <translation>Columna {value}, {shown}</translation>
        </message>
        <message>
            <source>Which member detail the column “{shown}” holds. Choose Ignore to leave it out.</source>
            <translation>Qué dato del miembro contiene la columna «{shown}». Elige Ignorar para dejarla fuera.</translation>
        </message>
        <message>
            <source>Column {value} of the file</source>
            <translation>Columna {value} del archivo</translation>
        </message>
    </context>
    <context>
        <name>CrashDialog</name>
        <message>
            <source>The details were written to {log_file}.</source>
            <translation>Los detalles se escribieron en {log_file}.</translation>
        </message>
        <message>
            <source>{APP_NAME}: something went wrong</source>
            <translation>{APP_NAME}: algo salió mal</translation>
        </message>
        <message>
            <source>Something unexpected went wrong. Everything you had saved is safe: each change is saved as you make it.

You can carry on, or close and reopen the app. {where}</source>
            <translation>Algo inesperado salió mal. Todo lo que habías guardado está a salvo: cada cambio se guarda al hacerlo.

Puedes seguir, o cerrar y volver a abrir la aplicación. {where}</translation>
        </message>
    </context>
    <context>
        <name>DateEdit</name>
        <message>
            <source>ddd {short}</source>
            <translation>ddd {short}</translation>
        </message>
        <message>
            <source>F4 or Alt+Down opens the calendar.</source>
            <translation>F4 o Alt+Abajo abre el calendario.</translation>
        </message>
    </context>
    <context>
        <name>Dates</name>
        <message>
            <source>dddd d MMMM yyyy</source>
            <translation>dddd d 'de' MMMM 'de' yyyy</translation>
        </message>
        <message>
            <source>ddd d MMM yyyy</source>
            <translation>ddd d MMM yyyy</translation>
        </message>
        <message>
            <source>d MMM yyyy</source>
            <translation>d MMM yyyy</translation>
        </message>
        <message>
            <source>d MMM</source>
            <translation>d MMM</translation>
        </message>
    </context>
    <context>
        <name>DialogButtons</name>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
    </context>
    <context>
        <name>Document</name>
        <message>
            <source>Peer support group</source>
            <translation>Grupo de apoyo mutuo</translation>
        </message>
        <message>
            <source>Confidential: contains personal information</source>
            <translation>Confidencial: contiene información personal</translation>
        </message>
        <message>
            <source>Produced {date}   ·   Page {number} of {total}</source>
            <translation>Generado el {date}   ·   Página {number} de {total}</translation>
        </message>
    </context>
    <context>
        <name>EraseMemberDialog</name>
        <message>
            <source>Erase member</source>
            <translation>Borrar miembro</translation>
        </message>
        <message>
            <source>What erasing does</source>
            <translation>Qué hace borrar</translation>
        </message>
        <message>
            <source>Erase {label} for good, as they asked? Their details, check-ins, attendance and group memberships are removed, and their name becomes [erased] in the notes, topics, comments and words of their groups. Each session they came to keeps its headcount: they count as a visitor there.</source>
            <translation>¿Borrar a {label} para siempre, como pidió? Se eliminan sus datos, check-ins, asistencias y pertenencia a grupos, y su nombre pasa a ser [borrado] en las notas, temas, comentarios y palabras de sus grupos. Cada sesión a la que vino conserva el recuento: cuenta allí como visitante.</translation>
        </message>
        <message>
            <source>Laptops remove the member too when they next sync. The organisation server's own backups hold the member until they expire (ask its administrator). This cannot be undone here.</source>
            <translation>Los portátiles también eliminan al miembro en su próxima sincronización. Las copias de seguridad del propio servidor de la organización conservan al miembro hasta que caducan (pregunte a su administrador). Esto no se puede deshacer aquí.</translation>
        </message>
        <message>
            <source>A backup is made first; it still holds the member until backups are rotated out (see README). This cannot be undone here.</source>
            <translation>Antes se hace una copia de seguridad; esta aún conserva al miembro hasta que las copias se renuevan (ver README). Esto no se puede deshacer aquí.</translation>
        </message>
        <message>
            <source>Erase the member for good</source>
            <translation>Borrar al miembro para siempre</translation>
        </message>
        <message>
            <source>Erase the member for good (a backup is made first)</source>
            <translation>Borrar al miembro para siempre (antes se hace una copia de seguridad)</translation>
        </message>
        <message>
            <source>Erase</source>
            <translation>Borrar</translation>
        </message>
        <message>
            <source>Change nothing (Esc)</source>
            <translation>No cambiar nada (Esc)</translation>
        </message>
    </context>
    <context>
        <name>ExportActions</name>
        <message>
            <source>Another export is still running; try again when it has finished.</source>
            <translation>Otra exportación sigue en marcha; inténtalo cuando haya terminado.</translation>
        </message>
        <message>
            <source>Preparing the {what}…</source>
            <translation>Preparando {what}…</translation>
        </message>
        <message>
            <source>Preparing the {what}</source>
            <translation>Preparando {what}</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Cancel the export</source>
            <translation>Cancelar la exportación</translation>
        </message>
        <message>
            <source>Stop now: no file is written</source>
            <translation>Parar ahora: no se escribe ningún archivo</translation>
        </message>
        <message>
            <source>Cancelling the export…</source>
            <translation>Cancelando la exportación…</translation>
        </message>
        <message>
            <source>Printing cancelled; nothing was sent to the printer.</source>
            <translation>Impresión cancelada; no se envió nada a la impresora.</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <source>Print {document}</source>
            <translation>Imprimir {document}</translation>
        </message>
        <message>
            <source>Export {document}</source>
            <translation>Exportar {document}</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>Imprimir…</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Exportar</translation>
        </message>
        <message>
            <source>Choose a printer next.</source>
            <translation>Después eliges la impresora.</translation>
        </message>
        <message>
            <source>Save the file with these choices.</source>
            <translation>Guarda el archivo con estas opciones.</translation>
        </message>
        <message>
            <source>Names</source>
            <translation>Nombres</translation>
        </message>
        <message>
            <source>&amp;Names shown as</source>
            <translation>&amp;Nombres mostrados como</translation>
        </message>
        <message>
            <source>How members are named in this document. The suggested choice comes first.</source>
            <translation>Cómo se nombra a los miembros en este documento. La opción sugerida va primero.</translation>
        </message>
        <message>
            <source>&amp;Organisation</source>
            <translation>&amp;Organización</translation>
        </message>
        <message>
            <source>Printed at the top of every page. Remembered for next time.</source>
            <translation>Se imprime arriba en cada página. Se recuerda para la próxima vez.</translation>
        </message>
        <message>
            <source>Pape&amp;r size</source>
            <translation>Tamaño de pape&amp;l</translation>
        </message>
        <message>
            <source>A4, or US Letter; suggested from your computer's region. Remembered for next time.</source>
            <translation>A4, o Carta de EE. UU.; sugerido según la región de tu ordenador. Se recuerda para la próxima vez.</translation>
        </message>
        <message>
            <source>C&amp;hoose…</source>
            <translation>&amp;Elegir…</translation>
        </message>
        <message>
            <source>Choose where to save</source>
            <translation>Elegir dónde guardar</translation>
        </message>
        <message>
            <source>Pick the folder and file name in a file dialog</source>
            <translation>Elige la carpeta y el nombre del archivo en un diálogo</translation>
        </message>
        <message>
            <source>Save &amp;as</source>
            <translation>Guardar &amp;como</translation>
        </message>
        <message>
            <source>Save as</source>
            <translation>Guardar como</translation>
        </message>
        <message>
            <source>Where the file is saved. The suggested name never includes a member's name.</source>
            <translation>Dónde se guarda el archivo. El nombre sugerido nunca incluye el nombre de un miembro.</translation>
        </message>
        <message>
            <source>PDF</source>
            <translation>PDF</translation>
        </message>
        <message>
            <source>file</source>
            <translation>archivo</translation>
        </message>
        <message>
            <source>O&amp;pen the {what} when it is ready</source>
            <translation>A&amp;brir el {what} cuando esté listo</translation>
        </message>
        <message>
            <source>Open the {what} when it is ready</source>
            <translation>Abrir el {what} cuando esté listo</translation>
        </message>
        <message>
            <source>Shows the {what} in your usual viewer as soon as it is saved</source>
            <translation>Muestra el {what} en tu visor habitual en cuanto se guarda</translation>
        </message>
        <message>
            <source>&lt;b&gt;What will leave&lt;/b&gt;</source>
            <translation>&lt;b&gt;Qué saldrá&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Say where to save the file: type a file name or press Choose….</source>
            <translation>Indica dónde guardar el archivo: escribe un nombre o pulsa Elegir….</translation>
        </message>
        <message>
            <source>{path} is a folder. Add a file name, for example {value}.</source>
            <translation>{path} es una carpeta. Añade un nombre de archivo, por ejemplo {value}.</translation>
        </message>
        <message>
            <source>The folder {parent} does not exist. Press Choose… to pick one.</source>
            <translation>La carpeta {parent} no existe. Pulsa Elegir… para escoger una.</translation>
        </message>
        <message>
            <source>{label} (suggested)</source>
            <translation>{label} (sugerido)</translation>
        </message>
        <message>
            <source>No handouts were given at this session, so the pack will hold only the cover, the group agreement and the support contacts. Make it anyway?

To add handouts, tick them in the Handouts tab first.</source>
            <translation>No se entregó ningún folleto en esta sesión, así que el paquete solo tendrá la portada, el acuerdo del grupo y los contactos de apoyo. ¿Hacerlo de todos modos?

Para añadir folletos, márcalos antes en la pestaña Folletos.</translation>
        </message>
        <message>
            <source>Tick the handouts for this session in the Handouts tab, then make the pack again.</source>
            <translation>Marca los folletos de esta sesión en la pestaña Folletos y vuelve a hacer el paquete.</translation>
        </message>
        <message>
            <source>{name} already exists. Replace it?</source>
            <translation>{name} ya existe. ¿Sustituirlo?</translation>
        </message>
        <message>
            <source>Choose another file name, or press Export again to replace the file.</source>
            <translation>Elige otro nombre de archivo, o pulsa Exportar de nuevo para sustituir el archivo.</translation>
        </message>
        <message>
            <source>{upper} files (*.{extension})</source>
            <translation>Archivos {upper} (*.{extension})</translation>
        </message>
    </context>
    <context>
        <name>ExportFields</name>
        <message>
            <source>&amp;Include the session's notes</source>
            <translation>&amp;Incluir las notas de la sesión</translation>
        </message>
        <message>
            <source>Include the session's notes</source>
            <translation>Incluir las notas de la sesión</translation>
        </message>
        <message>
            <source>Adds the note's sections (themes, strategies, follow-ups). A name typed in a note is written at the level chosen above. Remembered for next time.</source>
            <translation>Añade las secciones de la nota (temas, estrategias, seguimientos). Un nombre escrito en una nota aparece con el nivel elegido arriba. Se recuerda para la próxima vez.</translation>
        </message>
        <message>
            <source>Include the &amp;words shared (headcount only)</source>
            <translation>Incluir las &amp;palabras compartidas (solo recuento)</translation>
        </message>
        <message>
            <source>Include the words shared</source>
            <translation>Incluir las palabras compartidas</translation>
        </message>
        <message>
            <source>At headcount level the check-in round's words are left out unless ticked here; any name in them becomes [name]. At the other levels they are always included.</source>
            <translation>Con el nivel de solo recuento, las palabras de la ronda se dejan fuera salvo que marques esto; cualquier nombre en ellas pasa a ser [nombre]. En los demás niveles siempre se incluyen.</translation>
        </message>
        <message>
            <source>In the pack</source>
            <translation>En el paquete</translation>
        </message>
        <message>
            <source>Crisis line: 0800 123 456
GP out of hours: 111</source>
            <translation>Línea de crisis: 024
Médico de guardia: 112</translation>
        </message>
        <message>
            <source>Support &amp;contacts</source>
            <translation>&amp;Contactos de apoyo</translation>
        </message>
        <message>
            <source>One a line, as 'Label: number or address'. Left empty, the page has blank lines to fill in by hand. Remembered for next time.</source>
            <translation>Uno por línea, como «Etiqueta: número o dirección». Si se deja vacío, la página tiene líneas en blanco para rellenar a mano. Se recuerda para la próxima vez.</translation>
        </message>
        <message>
            <source>&amp;Which table</source>
            <translation>&amp;Qué tabla</translation>
        </message>
        <message>
            <source>Attendance: one line per person per session. Members: the roster. Check-ins: one line per check-in.</source>
            <translation>Asistencia: una línea por persona y sesión. Miembros: la lista. Check-ins: una línea por check-in.</translation>
        </message>
        <message>
            <source>&amp;Sessions on the sheet</source>
            <translation>&amp;Sesiones en la hoja</translation>
        </message>
        <message>
            <source>How many of the group's next sessions get a column (1 to {MAX_SIGN_IN_SESSIONS}).</source>
            <translation>Cuántas de las próximas sesiones del grupo tienen columna (de 1 a {MAX_SIGN_IN_SESSIONS}).</translation>
        </message>
        <message>
            <source>Blank rows for &amp;walk-ins</source>
            <translation>Filas en blanco para quien &amp;llega</translation>
        </message>
        <message>
            <source>Empty rows where newcomers write their first name (0 to {MAX_WALK_IN_ROWS}).</source>
            <translation>Filas vacías donde las personas nuevas escriben su nombre (de 0 a {MAX_WALK_IN_ROWS}).</translation>
        </message>
        <message>
            <source>&amp;Landscape (sideways: room for more sessions)</source>
            <translation>&amp;Horizontal (apaisado: espacio para más sesiones)</translation>
        </message>
        <message>
            <source>Landscape</source>
            <translation>Horizontal</translation>
        </message>
        <message>
            <source>Print the sheet sideways; suggested from {LANDSCAPE_FROM} sessions on</source>
            <translation>Imprime la hoja apaisada; se sugiere a partir de {LANDSCAPE_FROM} sesiones</translation>
        </message>
        <message>
            <source>&amp;From</source>
            <translation>&amp;Desde</translation>
        </message>
        <message>
            <source>The first day the report covers (the last 12 months are suggested).</source>
            <translation>El primer día que cubre el informe (se sugieren los últimos 12 meses).</translation>
        </message>
        <message>
            <source>&amp;To</source>
            <translation>&amp;Hasta</translation>
        </message>
        <message>
            <source>The last day the report covers (included).</source>
            <translation>El último día que cubre el informe (incluido).</translation>
        </message>
        <message>
            <source>For {short_date}.</source>
            <translation>Para el {short_date}.</translation>
        </message>
        <message>
            <source>From {short_date} to {short_date2}.</source>
            <translation>Del {short_date} al {short_date2}.</translation>
        </message>
        <message>
            <source>No handouts are recorded for this session yet: the pack will have the cover, the group agreement and the support contacts. Tick handouts in the Handouts tab to add them.</source>
            <translation>Aún no hay folletos registrados para esta sesión: el paquete tendrá la portada, el acuerdo del grupo y los contactos de apoyo. Marca folletos en la pestaña Folletos para añadirlos.</translation>
        </message>
    </context>
    <context>
        <name>ExportKinds</name>
        <message>
            <source>Attendance</source>
            <translation>Asistencia</translation>
        </message>
        <message>
            <source>Members</source>
            <translation>Miembros</translation>
        </message>
        <message>
            <source>Check-ins</source>
            <translation>Check-ins</translation>
        </message>
        <message>
            <source>Session summary</source>
            <translation>Resumen de la sesión</translation>
        </message>
        <message>
            <source>session summary</source>
            <translation>resumen de la sesión</translation>
        </message>
        <message>
            <source>{group_comma}session of {meeting_date}.</source>
            <translation>{group_comma}sesión del {meeting_date}.</translation>
        </message>
        <message>
            <source>&amp;Export session summary…</source>
            <translation>&amp;Exportar el resumen de la sesión…</translation>
        </message>
        <message>
            <source>Save a PDF summary of this session: attendance, check-in round, handouts (initials by default)</source>
            <translation>Guarda un resumen en PDF de esta sesión: asistencia, ronda de check-in, folletos (con iniciales por defecto)</translation>
        </message>
        <message>
            <source>P&amp;rint session summary…</source>
            <translation>Imp&amp;rimir el resumen de la sesión…</translation>
        </message>
        <message>
            <source>Print this session's summary through the system print dialog (Ctrl+P)</source>
            <translation>Imprime el resumen de esta sesión con el diálogo de impresión del sistema (Ctrl+P)</translation>
        </message>
        <message>
            <source>Sign-in sheet</source>
            <translation>Hoja de firmas</translation>
        </message>
        <message>
            <source>sign-in sheet</source>
            <translation>hoja de firmas</translation>
        </message>
        <message>
            <source>{group}: a sheet to tick or sign at the door, with the next sessions as columns.</source>
            <translation>{group}: una hoja para marcar o firmar en la puerta, con las próximas sesiones en columnas.</translation>
        </message>
        <message>
            <source>Sign-&amp;in sheet…</source>
            <translation>Hoja de f&amp;irmas…</translation>
        </message>
        <message>
            <source>Save a sign-in sheet for the door: first names, the next sessions as columns, blank rows for walk-ins</source>
            <translation>Guarda una hoja de firmas para la puerta: nombres, las próximas sesiones en columnas, filas en blanco para quien llega</translation>
        </message>
        <message>
            <source>Print si&amp;gn-in sheet…</source>
            <translation>Imprimir la hoja de fir&amp;mas…</translation>
        </message>
        <message>
            <source>Print a sign-in sheet for the door through the system print dialog</source>
            <translation>Imprime una hoja de firmas para la puerta con el diálogo de impresión del sistema</translation>
        </message>
        <message>
            <source>Group report</source>
            <translation>Informe del grupo</translation>
        </message>
        <message>
            <source>group report</source>
            <translation>informe del grupo</translation>
        </message>
        <message>
            <source>{group}: sessions, attendance and check-ins over a period, for coordinators and funders.</source>
            <translation>{group}: sesiones, asistencia y check-ins de un periodo, para coordinación y financiadores.</translation>
        </message>
        <message>
            <source>Group &amp;report…</source>
            <translation>Info&amp;rme del grupo…</translation>
        </message>
        <message>
            <source>Save a report for coordinators and funders over a date range (headcounts only by default)</source>
            <translation>Guarda un informe para coordinación y financiadores de un intervalo de fechas (solo recuentos por defecto)</translation>
        </message>
        <message>
            <source>Member's record</source>
            <translation>Ficha del miembro</translation>
        </message>
        <message>
            <source>member's own record</source>
            <translation>ficha propia del miembro</translation>
        </message>
        <message>
            <source>Everything kept about {member}: details, consent, groups, attendance and check-ins. For them to keep, at their request.</source>
            <translation>Todo lo que se guarda sobre {member}: datos, consentimiento, grupos, asistencia y check-ins. Para que lo conserve, a petición suya.</translation>
        </message>
        <message>
            <source>Full details: this is the member's own record, made at their request. Give it only to them.</source>
            <translation>Datos completos: es la ficha propia del miembro, hecha a petición suya. Entrégala solo a esa persona.</translation>
        </message>
        <message>
            <source>Member's own rec&amp;ord…</source>
            <translation>Ficha pr&amp;opia del miembro…</translation>
        </message>
        <message>
            <source>Everything kept about the selected member, as a PDF for them (at their request)</source>
            <translation>Todo lo que se guarda sobre el miembro elegido, en un PDF para esa persona (a petición suya)</translation>
        </message>
        <message>
            <source>Handout pack</source>
            <translation>Paquete de folletos</translation>
        </message>
        <message>
            <source>handout pack</source>
            <translation>paquete de folletos</translation>
        </message>
        <message>
            <source>No names: the pack holds the group's agreement, the handouts and support contacts.</source>
            <translation>Sin nombres: el paquete contiene el acuerdo del grupo, los folletos y los contactos de apoyo.</translation>
        </message>
        <message>
            <source>Handout p&amp;ack…</source>
            <translation>P&amp;aquete de folletos…</translation>
        </message>
        <message>
            <source>One PDF to print and hand out: a cover, the group agreement, the handouts given at this session and support contacts</source>
            <translation>Un PDF para imprimir y repartir: portada, acuerdo del grupo, los folletos entregados en esta sesión y contactos de apoyo</translation>
        </message>
        <message>
            <source>Spreadsheet</source>
            <translation>Hoja de cálculo</translation>
        </message>
        <message>
            <source>spreadsheet</source>
            <translation>hoja de cálculo</translation>
        </message>
        <message>
            <source>{group}: a table to open in a spreadsheet program.</source>
            <translation>{group}: una tabla para abrir en un programa de hojas de cálculo.</translation>
        </message>
        <message>
            <source>Spreadsheet (&amp;CSV)…</source>
            <translation>Hoja de cálculo (&amp;CSV)…</translation>
        </message>
        <message>
            <source>Save the group's attendance, members or check-ins as a spreadsheet file</source>
            <translation>Guarda la asistencia, los miembros o los check-ins del grupo como hoja de cálculo</translation>
        </message>
    </context>
    <context>
        <name>ExportMessages</name>
        <message>
            <source>{label} saved to {path}</source>
            <translation>{label} guardado en {path}</translation>
        </message>
        <message numerus="yes">
            <source>(%n page(s))</source>
            <translation>
                <numerusform>(%n página)</numerusform>
                <numerusform>(%n páginas)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>; %n name(s) replaced in free text</source>
            <translation>
                <numerusform>; %n nombre sustituido en el texto libre</numerusform>
                <numerusform>; %n nombres sustituidos en el texto libre</numerusform>
            </translation>
        </message>
        <message>
            <source>{label} saved to {path}. No program to open it was found.</source>
            <translation>{label} guardado en {path}. No se encontró ningún programa para abrirlo.</translation>
        </message>
        <message numerus="yes">
            <source>{label} sent to the printer (%n page(s))</source>
            <translation>
                <numerusform>{label} enviado a la impresora (%n página)</numerusform>
                <numerusform>{label} enviado a la impresora (%n páginas)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ExportPreview</name>
        <message>
            <source>No free text (notes, topics, words, titles) leaves with this document.</source>
            <translation>Ningún texto libre (notas, temas, palabras, títulos) sale con este documento.</translation>
        </message>
        <message numerus="yes">
            <source>%n passage(s) of free text will leave</source>
            <translation>
                <numerusform>%n fragmento de texto libre saldrá</numerusform>
                <numerusform>%n fragmentos de texto libre saldrán</numerusform>
            </translation>
        </message>
        <message>
            <source>{leaving}, as written (full names).</source>
            <translation>{leaving}, tal como se escribió (nombres completos).</translation>
        </message>
        <message>
            <source>{leaving}; no member's name was found in them.</source>
            <translation>{leaving}; no se encontró en ellos el nombre de ningún miembro.</translation>
        </message>
        <message numerus="yes">
            <source>{leaving}; %n name(s) replaced, marked « ».</source>
            <translation>
                <numerusform>{leaving}; %n nombre sustituido, marcado « ».</numerusform>
                <numerusform>{leaving}; %n nombres sustituidos, marcados « ».</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>FileRow</name>
        <message>
            <source>The CSV file of members</source>
            <translation>El archivo CSV de miembros</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Archivo</translation>
        </message>
        <message>
            <source>The CSV file to import. Type its path or choose Browse.</source>
            <translation>El archivo CSV que se importa. Escribe su ruta o elige Examinar.</translation>
        </message>
        <message>
            <source>&amp;File:</source>
            <translation>&amp;Archivo:</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>&amp;Examinar…</translation>
        </message>
        <message>
            <source>Browse for the file</source>
            <translation>Buscar el archivo</translation>
        </message>
        <message>
            <source>Choose the CSV file on this computer.</source>
            <translation>Elige el archivo CSV en este ordenador.</translation>
        </message>
        <message>
            <source>&amp;Reload</source>
            <translation>&amp;Recargar</translation>
        </message>
        <message>
            <source>Reload the file</source>
            <translation>Recargar el archivo</translation>
        </message>
        <message>
            <source>Read the file again, after correcting it in the spreadsheet.</source>
            <translation>Lee el archivo de nuevo, después de corregirlo en la hoja de cálculo.</translation>
        </message>
        <message>
            <source>Choose the file of members</source>
            <translation>Elige el archivo de miembros</translation>
        </message>
    </context>
    <context>
        <name>FollowUpBox</name>
        <message>
            <source>No one's latest check-in suggests a quiet word right now.</source>
            <translation>Ahora mismo, ningún último check-in sugiere una palabra tranquila.</translation>
        </message>
        <message>
            <source>Might welcome a quiet word</source>
            <translation>Quizá agradezca una palabra tranquila</translation>
        </message>
        <message>
            <source>Who is listed</source>
            <translation>Quién aparece</translation>
        </message>
        <message>
            <source>Members whose latest check-in suggests offering a private chat, each with the reason. Enter shows their row and trend.</source>
            <translation>Miembros cuyo último check-in sugiere ofrecer una charla en privado, cada uno con el motivo. Intro muestra su fila y su evolución.</translation>
        </message>
        <message>
            <source>Follow-up suggestions</source>
            <translation>Sugerencias de seguimiento</translation>
        </message>
    </context>
    <context>
        <name>FollowUpModel</name>
        <message>
            <source>A suggestion to offer a private chat, if it feels right; never a diagnosis.</source>
            <translation>Una sugerencia para ofrecer una charla en privado, si te parece oportuno; nunca un diagnóstico.</translation>
        </message>
        <message>
            <source>{preferred_name} — {reason}</source>
            <translation>{preferred_name} — {reason}</translation>
        </message>
        <message>
            <source>{preferred_name} might welcome a quiet word: {reason} (their latest check-in, {short_date}). {SUGGESTION}</source>
            <translation>Quizá {preferred_name} agradezca una palabra tranquila: {reason} (su último check-in, {short_date}). {SUGGESTION}</translation>
        </message>
        <message>
            <source>{preferred_name} might welcome a quiet word: {reason}. Latest check-in {long_date}.</source>
            <translation>Quizá {preferred_name} agradezca una palabra tranquila: {reason}. Último check-in: {long_date}.</translation>
        </message>
    </context>
    <context>
        <name>GettingStartedDialog</name>
        <message>
            <source>Getting started</source>
            <translation>Primeros pasos</translation>
        </message>
        <message>
            <source>Getting started guide</source>
            <translation>Guía de primeros pasos</translation>
        </message>
        <message>
            <source>A short guide to one evening. Use the arrow keys and Page Down to read on; Esc closes it.</source>
            <translation>Una guía breve de una tarde de grupo. Usa las flechas y Av Pág para seguir leyendo; Esc la cierra.</translation>
        </message>
        <message>
            <source>Arrow keys and Page Up / Page Down scroll; Esc closes the guide</source>
            <translation>Las flechas y Re Pág / Av Pág desplazan; Esc cierra la guía</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <source>Close the guide (Esc)</source>
            <translation>Cerrar la guía (Esc)</translation>
        </message>
        <message>
            <source>One evening with Facilitator</source>
            <translation>Una tarde con Facilitator</translation>
        </message>
        <message>
            <source>This is a short walk through one group evening: getting ready, welcoming people at the door, the check-in round, and the few minutes afterwards. Everything stays on this computer. Nothing is sent anywhere.</source>
            <translation>Este es un breve recorrido por una tarde de grupo: la preparación, la bienvenida en la puerta, la ronda de check-in y los pocos minutos de después. Todo se queda en este ordenador. No se envía nada a ninguna parte.</translation>
        </message>
        <message>
            <source>Before the evening</source>
            <translation>Antes de la tarde</translation>
        </message>
        <message>
            <source>Choose your group on the left and the evening's session under it (Alt+P goes to the groups, Alt+I to the sessions). No session yet? Group &gt; Schedule sessions (Ctrl+Shift+S) plans the next few weeks for you.</source>
            <translation>Elige tu grupo a la izquierda y, debajo, la sesión de la tarde (Alt+P va a los grupos, Alt+I a las sesiones). ¿Aún no hay sesión? Grupo &gt; Programar sesiones (Ctrl+Shift+S) planifica las próximas semanas por ti.</translation>
        </message>
        <message>
            <source>If you like paper at the door, Group &gt; Print sign-in sheet prints one with everyone's names. A handout for tonight can wait in the Handouts tab (Ctrl+4).</source>
            <translation>Si te gusta tener papel en la puerta, Grupo &gt; Imprimir la hoja de firmas imprime una con los nombres de todos. Un folleto para esta tarde puede esperar en la pestaña Folletos (Ctrl+4).</translation>
        </message>
        <message>
            <source>At the door</source>
            <translation>En la puerta</translation>
        </message>
        <message>
            <source>Open the Attendance tab (Ctrl+1). Move through the names with the Up and Down keys and press P for present, L for late, O for left early, E for excused or A for absent. Space goes through them in turn, Delete clears a mark.</source>
            <translation>Abre la pestaña Asistencia (Ctrl+1). Recorre los nombres con las flechas Arriba y Abajo y pulsa P para presente, L para tarde, O para se fue antes, E para excusado o A para ausente. Espacio los va alternando, Supr borra la marca.</translation>
        </message>
        <message>
            <source>Someone new? Press Ctrl+W, type the name they would like to use and press Enter: they are added and marked present. Visitors who would rather stay anonymous are just a number (Alt+V). Ctrl+Shift+P marks everyone present at once.</source>
            <translation>¿Alguien nuevo? Pulsa Ctrl+W, escribe el nombre que quiera usar y pulsa Intro: se añade y se marca presente. A los visitantes que prefieren seguir en el anonimato solo se les cuenta (Alt+V). Ctrl+Shift+P marca a todos presentes de una vez.</translation>
        </message>
        <message>
            <source>Made a slip? Ctrl+Z undoes it, Ctrl+Shift+Z puts it back.</source>
            <translation>¿Un despiste? Ctrl+Z lo deshace, Ctrl+Shift+Z lo vuelve a poner.</translation>
        </message>
        <message>
            <source>The round</source>
            <translation>La ronda</translation>
        </message>
        <message>
            <source>In the Check-ins tab (Ctrl+2) type each person's number and press Enter to move on to the next person. Tab goes to the optional word. Anyone may pass: press X, and a pass is kept as a pass, never as a zero.</source>
            <translation>En la pestaña Check-ins (Ctrl+2) escribe el número de cada persona y pulsa Intro para pasar a la siguiente. Tab va a la palabra opcional. Cualquiera puede pasar: pulsa X, y el pase se guarda como pase, nunca como un cero.</translation>
        </message>
        <message>
            <source>A gentle flag beside a name is only a prompt that you might check in with that person quietly later. It is not a judgement about anyone.</source>
            <translation>Una marca suave junto a un nombre es solo un recordatorio de que quizá quieras hablar después con esa persona, con calma. No es un juicio sobre nadie.</translation>
        </message>
        <message>
            <source>After the evening</source>
            <translation>Después de la tarde</translation>
        </message>
        <message>
            <source>Jot a few notes in the Notes tab (Ctrl+3): themes, what helped, anything to follow up. Refer to people by their initials; Ctrl+I puts a member's initials where you are typing. Notes are saved as you type.</source>
            <translation>Apunta unas notas en la pestaña Notas (Ctrl+3): temas, lo que ayudó, algo a lo que dar seguimiento. Refiérete a las personas por sus iniciales; Ctrl+I pone las iniciales de un miembro donde estás escribiendo. Las notas se guardan mientras escribes.</translation>
        </message>
        <message>
            <source>Ctrl+P prints a summary of the session. Ctrl+B makes a backup now (one is also made when you close the window).</source>
            <translation>Ctrl+P imprime un resumen de la sesión. Ctrl+B hace ahora una copia de seguridad (también se hace una al cerrar la ventana).</translation>
        </message>
        <message>
            <source>Stepping away from the laptop? Ctrl+L locks the window, and it locks by itself after a few quiet minutes (File &gt; Lock after).</source>
            <translation>¿Te alejas del portátil? Ctrl+L bloquea la ventana, y se bloquea sola tras unos minutos sin actividad (Archivo &gt; Bloquear tras).</translation>
        </message>
        <message>
            <source>Making it comfortable</source>
            <translation>Para estar a gusto</translation>
        </message>
        <message>
            <source>View &gt; Text size makes the writing larger (Ctrl+=) or smaller (Ctrl+-); Ctrl+0 goes back to normal. View &gt; High contrast (Ctrl+Shift+H) gives stronger colours. Date fields open their calendar with F4 or Alt+Down.</source>
            <translation>Ver &gt; Tamaño del texto agranda la letra (Ctrl+=) o la reduce (Ctrl+-); Ctrl+0 vuelve a lo normal. Ver &gt; Alto contraste (Ctrl+Shift+H) da colores más marcados. Los campos de fecha abren su calendario con F4 o Alt+Abajo.</translation>
        </message>
        <message>
            <source>F1 opens this guide again. Help &gt; Keyboard shortcuts (Ctrl+/) lists every key.</source>
            <translation>F1 vuelve a abrir esta guía. Ayuda &gt; Atajos de teclado (Ctrl+/) enumera todas las teclas.</translation>
        </message>
    </context>
    <context>
        <name>GivenAtList</name>
        <message>
            <source>Sessions this handout was given at</source>
            <translation>Sesiones en las que se entregó este folleto</translation>
        </message>
        <message>
            <source>Every session the selected handout was given at, newest first (Enter or double-click opens the session)</source>
            <translation>Cada sesión en la que se entregó el folleto elegido, de la más reciente a la más antigua (Intro o doble clic abre la sesión)</translation>
        </message>
        <message>
            <source>Given a&amp;t:</source>
            <translation>Entregado &amp;en:</translation>
        </message>
        <message>
            <source>{short_date} · {group_name}</source>
            <translation>{short_date} · {group_name}</translation>
        </message>
        <message>
            <source>Not given at any session yet.</source>
            <translation>Aún no se ha entregado en ninguna sesión.</translation>
        </message>
    </context>
    <context>
        <name>GroupDialog</name>
        <message>
            <source>Weekly</source>
            <translation>Semanal</translation>
        </message>
        <message>
            <source>Every other week</source>
            <translation>Cada dos semanas</translation>
        </message>
        <message>
            <source>Monthly</source>
            <translation>Mensual</translation>
        </message>
        <message>
            <source>1st</source>
            <translation>1.ª</translation>
        </message>
        <message>
            <source>2nd</source>
            <translation>2.ª</translation>
        </message>
        <message>
            <source>3rd</source>
            <translation>3.ª</translation>
        </message>
        <message>
            <source>4th</source>
            <translation>4.ª</translation>
        </message>
        <message>
            <source>Last</source>
            <translation>Última</translation>
        </message>
        <message>
            <source>What is said here stays here. We listen without interrupting and speak from our own experience. We offer advice only when asked. Anyone may pass. Phones away, please.</source>
            <translation>Lo que se dice aquí se queda aquí. Escuchamos sin interrumpir y hablamos desde nuestra propia experiencia. Solo damos consejos cuando se nos piden. Cualquiera puede pasar. Los móviles, guardados, por favor.</translation>
        </message>
        <message>
            <source>Check-ins already recorded stay as they were; a new check-in applies to sessions not yet checked in.</source>
            <translation>Los check-ins ya registrados se quedan como estaban; un check-in nuevo se aplica a las sesiones aún sin check-in.</translation>
        </message>
        <message>
            <source>Changing the agreement starts a new version; members are asked to acknowledge it again.</source>
            <translation>Cambiar el acuerdo crea una versión nueva; se pide a los miembros que lo acepten de nuevo.</translation>
        </message>
        <message>
            <source>Edit group</source>
            <translation>Editar grupo</translation>
        </message>
        <message>
            <source>New group</source>
            <translation>Nuevo grupo</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Guardar</translation>
        </message>
        <message>
            <source>Create group</source>
            <translation>Crear grupo</translation>
        </message>
        <message>
            <source>Save the changes to this group.</source>
            <translation>Guarda los cambios de este grupo.</translation>
        </message>
        <message>
            <source>Create the group.</source>
            <translation>Crea el grupo.</translation>
        </message>
        <message>
            <source>About the group</source>
            <translation>Sobre el grupo</translation>
        </message>
        <message>
            <source>The group's name, where it meets and how it checks in.</source>
            <translation>El nombre del grupo, dónde se reúne y cómo hace el check-in.</translation>
        </message>
        <message>
            <source>When it meets</source>
            <translation>Cuándo se reúne</translation>
        </message>
        <message>
            <source>The group's meeting pattern, used to schedule sessions.</source>
            <translation>El ritmo de reuniones del grupo, usado para programar sesiones.</translation>
        </message>
        <message>
            <source>For example: Tuesday Evening Peer Support</source>
            <translation>Por ejemplo: Grupo de apoyo mutuo de los martes por la tarde</translation>
        </message>
        <message>
            <source>&amp;Name</source>
            <translation>&amp;Nombre</translation>
        </message>
        <message>
            <source>The group's name, as members know it. Required.</source>
            <translation>El nombre del grupo, tal como lo conocen sus miembros. Obligatorio.</translation>
        </message>
        <message>
            <source>Where the group usually meets</source>
            <translation>Dónde se reúne el grupo normalmente</translation>
        </message>
        <message>
            <source>&amp;Venue</source>
            <translation>&amp;Lugar</translation>
        </message>
        <message>
            <source>Where the group usually meets. Each session can have its own venue too.</source>
            <translation>Dónde se reúne el grupo normalmente. Cada sesión puede tener también su propio lugar.</translation>
        </message>
        <message>
            <source>No scored check-in</source>
            <translation>Sin check-in puntuado</translation>
        </message>
        <message>
            <source>&amp;Check-in</source>
            <translation>&amp;Check-in</translation>
        </message>
        <message>
            <source>How members check in at the start of each session. Anyone may always pass.</source>
            <translation>Cómo hacen los miembros el check-in al empezar cada sesión. Siempre se puede pasar.</translation>
        </message>
        <message>
            <source>Who the group is for, in a sentence or two (optional)</source>
            <translation>Para quién es el grupo, en una o dos frases (opcional)</translation>
        </message>
        <message>
            <source>Descri&amp;ption</source>
            <translation>Descri&amp;pción</translation>
        </message>
        <message>
            <source>Who the group is for. Optional.</source>
            <translation>Para quién es el grupo. Opcional.</translation>
        </message>
        <message>
            <source>Group &amp;agreement</source>
            <translation>&amp;Acuerdo del grupo</translation>
        </message>
        <message>
            <source>The guidelines read aloud at the start of each session.</source>
            <translation>Las pautas que se leen en voz alta al empezar cada sesión.</translation>
        </message>
        <message>
            <source>&amp;Meets</source>
            <translation>Se &amp;reúne</translation>
        </message>
        <message>
            <source>How often the group meets.</source>
            <translation>Con qué frecuencia se reúne el grupo.</translation>
        </message>
        <message>
            <source>&amp;Day</source>
            <translation>&amp;Día</translation>
        </message>
        <message>
            <source>The day of the week the group meets.</source>
            <translation>El día de la semana en que se reúne el grupo.</translation>
        </message>
        <message>
            <source>&amp;Which week</source>
            <translation>&amp;Qué semana</translation>
        </message>
        <message>
            <source>For a monthly group: which of the month's weeks it meets in (for example the 1st Tuesday).</source>
            <translation>Para un grupo mensual: en qué semana del mes se reúne (por ejemplo, el 1.er martes).</translation>
        </message>
        <message>
            <source>&amp;Starting from</source>
            <translation>&amp;A partir de</translation>
        </message>
        <message>
            <source>The first date of the pattern: sessions are scheduled from it (or from an earlier date you choose, to add past sessions), and it sets which weeks an every-other-week group meets in.</source>
            <translation>La primera fecha del ritmo: las sesiones se programan desde ella (o desde una fecha anterior que elijas, para añadir sesiones pasadas), y fija en qué semanas se reúne un grupo quincenal.</translation>
        </message>
        <message>
            <source>&amp;Time</source>
            <translation>&amp;Hora</translation>
        </message>
        <message>
            <source>The time sessions start (24-hour clock).</source>
            <translation>La hora a la que empiezan las sesiones (reloj de 24 horas).</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>&amp;Length</source>
            <translation>D&amp;uración</translation>
        </message>
        <message>
            <source>How long a session lasts, in minutes.</source>
            <translation>Cuánto dura una sesión, en minutos.</translation>
        </message>
        <message>
            <source>Meeting pattern</source>
            <translation>Ritmo de reuniones</translation>
        </message>
        <message>
            <source>Date to skip</source>
            <translation>Fecha que se salta</translation>
        </message>
        <message>
            <source>Choose a date the group will not meet, then Add date.</source>
            <translation>Elige una fecha en la que el grupo no se reunirá y luego Añadir fecha.</translation>
        </message>
        <message>
            <source>Add dat&amp;e</source>
            <translation>Añadir f&amp;echa</translation>
        </message>
        <message>
            <source>Add date</source>
            <translation>Añadir fecha</translation>
        </message>
        <message>
            <source>Add the chosen date to the skipped dates.</source>
            <translation>Añade la fecha elegida a las fechas que se saltan.</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>&amp;Quitar</translation>
        </message>
        <message>
            <source>Remove skipped date</source>
            <translation>Quitar la fecha saltada</translation>
        </message>
        <message>
            <source>Remove the selected skipped date (or press Delete in the list).</source>
            <translation>Quita la fecha saltada elegida (o pulsa Supr en la lista).</translation>
        </message>
        <message>
            <source>S&amp;kipped dates</source>
            <translation>Fechas que se sal&amp;tan</translation>
        </message>
        <message>
            <source>Skipped dates</source>
            <translation>Fechas que se saltan</translation>
        </message>
        <message>
            <source>Dates the group will not meet, such as holidays. Select one and press Delete to remove it.</source>
            <translation>Fechas en las que el grupo no se reunirá, como las vacaciones. Elige una y pulsa Supr para quitarla.</translation>
        </message>
        <message>
            <source>Current check-in (no longer listed)</source>
            <translation>Check-in actual (ya no está en la lista)</translation>
        </message>
        <message>
            <source>Please enter a group name: it cannot be left blank.</source>
            <translation>Escribe un nombre para el grupo: no puede quedar en blanco.</translation>
        </message>
    </context>
    <context>
        <name>GroupListModel</name>
        <message>
            <source> at {venue}</source>
            <translation> en {venue}</translation>
        </message>
    </context>
    <context>
        <name>GroupReport</name>
        <message>
            <source>Group report</source>
            <translation>Informe del grupo</translation>
        </message>
        <message>
            <source>{first} to {last}</source>
            <translation>del {first} al {last}</translation>
        </message>
        <message>
            <source>{name}, {low} to {high}</source>
            <translation>{name}, de {low} a {high}</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Periodo</translation>
        </message>
        <message>
            <source>Sessions held</source>
            <translation>Sesiones celebradas</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Canceladas</translation>
        </message>
        <message>
            <source>Did not meet</source>
            <translation>Sin reunión</translation>
        </message>
        <message>
            <source>Planned (not yet held)</source>
            <translation>Previstas (aún no celebradas)</translation>
        </message>
        <message>
            <source>Average attendance</source>
            <translation>Asistencia media</translation>
        </message>
        <message>
            <source>{people} people per session held ({members} members, {visitors} visitors)</source>
            <translation>{people} personas por sesión celebrada ({members} miembros, {visitors} visitantes)</translation>
        </message>
        <message>
            <source>No sessions held</source>
            <translation>Ninguna sesión celebrada</translation>
        </message>
        <message>
            <source>Highest and lowest</source>
            <translation>Máximo y mínimo</translation>
        </message>
        <message>
            <source>{high} and {low}</source>
            <translation>{high} y {low}</translation>
        </message>
        <message>
            <source>Members on {date}</source>
            <translation>Miembros el {date}</translation>
        </message>
        <message>
            <source>New members</source>
            <translation>Miembros nuevos</translation>
        </message>
        <message>
            <source>Members who left</source>
            <translation>Miembros que se fueron</translation>
        </message>
        <message>
            <source>Check-ins</source>
            <translation>Check-ins</translation>
        </message>
        <message>
            <source>{checkins} ({passes} passes)</source>
            <translation>{checkins} ({passes} pases)</translation>
        </message>
        <message>
            <source>, with {scale}</source>
            <translation>, con {scale}</translation>
        </message>
        <message>
            <source>Average check-in</source>
            <translation>Check-in medio</translation>
        </message>
        <message>
            <source> (of {most})</source>
            <translation> (de {most})</translation>
        </message>
        <message>
            <source>Attendance per session</source>
            <translation>Asistencia por sesión</translation>
        </message>
        <message>
            <source>People in the room at each session held: members (dark) and visitors (light). Cancelled sessions and sessions that did not meet are left out.</source>
            <translation>Personas en la sala en cada sesión celebrada: miembros (oscuro) y visitantes (claro). Se dejan fuera las sesiones canceladas y las que no se celebraron.</translation>
        </message>
        <message>
            <source>No sessions were held in this period.</source>
            <translation>No se celebró ninguna sesión en este periodo.</translation>
        </message>
        <message>
            <source>Check-ins over time</source>
            <translation>Check-ins a lo largo del tiempo</translation>
        </message>
        <message>
            <source>The round's average {name} total each month ({scale}). Passes are not counted as scores.</source>
            <translation>El total medio de {name} en la ronda cada mes ({scale}). Los pases no cuentan como puntuaciones.</translation>
        </message>
        <message>
            <source>check-in</source>
            <translation>check-in</translation>
        </message>
        <message numerus="yes">
            <source>%n check-in(s) made with another instrument [is|are] not included.</source>
            <translation>
                <numerusform>%n check-in hecho con otro instrumento no se incluye.</numerusform>
                <numerusform>%n check-ins hechos con otro instrumento no se incluyen.</numerusform>
            </translation>
        </message>
        <message>
            <source>No check-ins with a score were recorded in this period.</source>
            <translation>No se registró ningún check-in con puntuación en este periodo.</translation>
        </message>
        <message>
            <source>Month by month</source>
            <translation>Mes a mes</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>Mes</translation>
        </message>
        <message>
            <source>Average in the room</source>
            <translation>Media en la sala</translation>
        </message>
        <message>
            <source>Passes</source>
            <translation>Pases</translation>
        </message>
        <message>
            <source>Sessions</source>
            <translation>Sesiones</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Topic</source>
            <translation>Tema</translation>
        </message>
        <message>
            <source>Members</source>
            <translation>Miembros</translation>
        </message>
        <message>
            <source>Visitors</source>
            <translation>Visitantes</translation>
        </message>
        <message>
            <source>In the room</source>
            <translation>En la sala</translation>
        </message>
        <message>
            <source>The group had no sessions in this period.</source>
            <translation>El grupo no tuvo sesiones en este periodo.</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Joined</source>
            <translation>Se unió</translation>
        </message>
        <message>
            <source>Left</source>
            <translation>Se fue</translation>
        </message>
        <message>
            <source>Sessions attended</source>
            <translation>Sesiones a las que vino</translation>
        </message>
        <message>
            <source>{attended} of {possible}</source>
            <translation>{attended} de {possible}</translation>
        </message>
        <message>
            <source>Sessions attended counts the sessions held while each person was a member. Left is shown when they left during the period.</source>
            <translation>Las sesiones a las que vino cuentan las sesiones celebradas mientras cada persona era miembro. «Se fue» aparece cuando se fue durante el periodo.</translation>
        </message>
        <message>
            <source>Nobody was a member of the group in this period.</source>
            <translation>Nadie fue miembro del grupo en este periodo.</translation>
        </message>
        <message>
            <source>Names shown as: {level}. Attendance counts members who were present, late or left early, plus visitors.</source>
            <translation>Nombres mostrados como: {level}. La asistencia cuenta a los miembros presentes, que llegaron tarde o se fueron antes, más los visitantes.</translation>
        </message>
        <message>
            <source>{group}, {first} to {last}</source>
            <translation>{group}, del {first} al {last}</translation>
        </message>
        <message>
            <source>Session date</source>
            <translation>Fecha de la sesión</translation>
        </message>
        <message>
            <source>People in the room</source>
            <translation>Personas en la sala</translation>
        </message>
        <message>
            <source>Average {name}</source>
            <translation>{name} medio</translation>
        </message>
    </context>
    <context>
        <name>HandoutDialog</name>
        <message>
            <source>Edit handout</source>
            <translation>Editar folleto</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Guardar</translation>
        </message>
        <message>
            <source>Save the changes to this handout.</source>
            <translation>Guarda los cambios de este folleto.</translation>
        </message>
        <message>
            <source>File: {file_line}</source>
            <translation>Archivo: {file_line}</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Archivo</translation>
        </message>
        <message>
            <source>&amp;Title</source>
            <translation>&amp;Título</translation>
        </message>
        <message>
            <source>The title shown in the library and on handout packs.</source>
            <translation>El título que aparece en la biblioteca y en los paquetes de folletos.</translation>
        </message>
        <message>
            <source>For example: {examples}</source>
            <translation>Por ejemplo: {examples}</translation>
        </message>
        <message>
            <source>For example: sleep, grounding</source>
            <translation>Por ejemplo: sueño, anclaje</translation>
        </message>
        <message>
            <source>Words to find the handout by, separated by commas.</source>
            <translation>Palabras para encontrar el folleto, separadas por comas.</translation>
        </message>
        <message>
            <source> Topics already in the library: </source>
            <translation> Temas que ya están en la biblioteca: </translation>
        </message>
        <message>
            <source>To&amp;pics</source>
            <translation>Te&amp;mas</translation>
        </message>
        <message>
            <source>&amp;Description</source>
            <translation>&amp;Descripción</translation>
        </message>
        <message>
            <source>A sentence or two on what the handout covers and when it helps.</source>
            <translation>Una o dos frases sobre qué trata el folleto y cuándo ayuda.</translation>
        </message>
        <message>
            <source>For example: 2 or March 2026</source>
            <translation>Por ejemplo: 2 o marzo de 2026</translation>
        </message>
        <message>
            <source>&amp;Version</source>
            <translation>&amp;Versión</translation>
        </message>
        <message>
            <source>Which version or edition this is, if that matters.</source>
            <translation>Qué versión o edición es, si importa.</translation>
        </message>
        <message>
            <source>Please enter a title: it cannot be left blank.</source>
            <translation>Escribe un título: no puede quedar en blanco.</translation>
        </message>
    </context>
    <context>
        <name>HandoutEmptyPage</name>
        <message>
            <source>Start with four generic handouts written for peer support groups: our group agreement, grounding (the 5-4-3-2-1 technique), a support contacts page with blanks to fill in, and sleep basics. You can edit or remove them later.

Or import your own PDF, PNG, JPEG, plain text or Markdown files, or drag them onto this tab. Handouts are kept inside the data file, so they travel with it and work offline.</source>
            <translation>Empieza con cuatro folletos generales escritos para grupos de apoyo mutuo: nuestro acuerdo de grupo, anclaje (la técnica 5-4-3-2-1), una página de contactos de apoyo con espacios para rellenar y lo básico del sueño. Puedes editarlos o quitarlos después.

O importa tus propios archivos PDF, PNG, JPEG, de texto o Markdown, o arrástralos a esta pestaña. Los folletos se guardan dentro del archivo de datos, así que viajan con él y funcionan sin conexión.</translation>
        </message>
        <message>
            <source>&lt;h3&gt;Your handout library is empty&lt;/h3&gt;</source>
            <translation>&lt;h3&gt;Tu biblioteca de folletos está vacía&lt;/h3&gt;</translation>
        </message>
    </context>
    <context>
        <name>HandoutFilterBar</name>
        <message>
            <source>All topics</source>
            <translation>Todos los temas</translation>
        </message>
        <message>
            <source>Type to filter by title, topic or description</source>
            <translation>Escribe para filtrar por título, tema o descripción</translation>
        </message>
        <message>
            <source>Filter the handouts</source>
            <translation>Filtrar los folletos</translation>
        </message>
        <message>
            <source>Shows only handouts whose title, topics, description or file name contain every word you type (Ctrl+F)</source>
            <translation>Muestra solo los folletos cuyo título, temas, descripción o nombre de archivo contienen todas las palabras que escribes (Ctrl+F)</translation>
        </message>
        <message>
            <source>Topic</source>
            <translation>Tema</translation>
        </message>
        <message>
            <source>Shows only the handouts with this topic</source>
            <translation>Muestra solo los folletos con este tema</translation>
        </message>
        <message>
            <source>Topic:</source>
            <translation>Tema:</translation>
        </message>
    </context>
    <context>
        <name>HandoutImportMixin</name>
        <message>
            <source>Import handouts</source>
            <translation>Importar folletos</translation>
        </message>
        <message>
            <source>{FILE_DIALOG_FILTER};;All files (*)</source>
            <translation>{FILE_DIALOG_FILTER};;Todos los archivos (*)</translation>
        </message>
        <message>
            <source>“{title}”</source>
            <translation>«{title}»</translation>
        </message>
        <message numerus="yes">
            <source>%n handout(s)</source>
            <translation>
                <numerusform>%n folleto</numerusform>
                <numerusform>%n folletos</numerusform>
            </translation>
        </message>
        <message>
            <source>Import {what}</source>
            <translation>Importar {what}</translation>
        </message>
        <message>
            <source>Added {what} to the library. Edit… adds topics and a description.</source>
            <translation>Se añadió {what} a la biblioteca. Editar… añade temas y una descripción.</translation>
        </message>
        <message>
            <source>{refused} of the {count} files were not imported:</source>
            <translation>No se importaron {refused} de los {count} archivos:</translation>
        </message>
        <message>
            <source>{refused} of the {count} files were not imported; the others were:</source>
            <translation>No se importaron {refused} de los {count} archivos; los demás sí:</translation>
        </message>
        <message>
            <source>The starter handouts are already in the library.</source>
            <translation>Los folletos de inicio ya están en la biblioteca.</translation>
        </message>
        <message>
            <source>Add the starter handouts</source>
            <translation>Añadir los folletos de inicio</translation>
        </message>
        <message>
            <source>Added {count} starter handouts. Edit them to suit your group.</source>
            <translation>Se añadieron {count} folletos de inicio. Edítalos para adaptarlos a tu grupo.</translation>
        </message>
        <message>
            <source>Drop the files here to add them to the handout library.</source>
            <translation>Suelta aquí los archivos para añadirlos a la biblioteca de folletos.</translation>
        </message>
    </context>
    <context>
        <name>HandoutLibraryModel</name>
        <message>
            <source>PNG image</source>
            <translation>Imagen PNG</translation>
        </message>
        <message>
            <source>JPEG image</source>
            <translation>Imagen JPEG</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>Texto</translation>
        </message>
        <message>
            <source>Not yet</source>
            <translation>Todavía no</translation>
        </message>
        <message numerus="yes">
            <source>%n session(s)</source>
            <translation>
                <numerusform>%n sesión</numerusform>
                <numerusform>%n sesiones</numerusform>
            </translation>
        </message>
        <message>
            <source>{size} bytes</source>
            <translation>{size} bytes</translation>
        </message>
        <message>
            <source>{value:.0f} KB</source>
            <translation>{value:.0f} KB</translation>
        </message>
        <message>
            <source>{value:.1f} MB</source>
            <translation>{value:.1f} MB</translation>
        </message>
        <message>
            <source>Topics: {topics}</source>
            <translation>Temas: {topics}</translation>
        </message>
        <message>
            <source>{file} · {size}</source>
            <translation>{file} · {size}</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Archivo</translation>
        </message>
        <message>
            <source>Given at {lower}, in every group</source>
            <translation>Entregado en {lower}, en todos los grupos</translation>
        </message>
        <message>
            <source>Choose a session on the left to mark handouts as given at it</source>
            <translation>Elige una sesión a la izquierda para marcar los folletos entregados en ella</translation>
        </message>
        <message>
            <source>Given at this session</source>
            <translation>Entregado en esta sesión</translation>
        </message>
        <message>
            <source>Not given at this session</source>
            <translation>No entregado en esta sesión</translation>
        </message>
        <message>
            <source>This session did not take place, so handouts cannot be marked as given at it</source>
            <translation>Esta sesión no se celebró, así que no se pueden marcar folletos como entregados en ella</translation>
        </message>
        <message>
            <source>Given at this session. Space unticks it.</source>
            <translation>Entregado en esta sesión. Espacio lo desmarca.</translation>
        </message>
        <message>
            <source>Not given at this session. Space ticks it.</source>
            <translation>No entregado en esta sesión. Espacio lo marca.</translation>
        </message>
    </context>
    <context>
        <name>HandoutLibraryView</name>
        <message>
            <source>Handout library</source>
            <translation>Biblioteca de folletos</translation>
        </message>
        <message>
            <source>Space: given at this session (ticks or unticks) · Enter: edit details · Delete: remove from the library</source>
            <translation>Espacio: entregado en esta sesión (marca o desmarca) · Intro: editar datos · Supr: quitar de la biblioteca</translation>
        </message>
    </context>
    <context>
        <name>HandoutPack</name>
        <message>
            <source>Handout pack</source>
            <translation>Paquete de folletos</translation>
        </message>
        <message>
            <source>Crisis line</source>
            <translation>Línea de crisis</translation>
        </message>
        <message>
            <source>Write your local crisis line's number here, to have it to hand day and night.</source>
            <translation>Escribe aquí el número de tu línea de crisis local, para tenerlo a mano de día y de noche.</translation>
        </message>
        <message>
            <source>Page {number} of {total}</source>
            <translation>Página {number} de {total}</translation>
        </message>
        <message>
            <source>Topic: {topic}</source>
            <translation>Tema: {topic}</translation>
        </message>
        <message>
            <source>Group agreement</source>
            <translation>Acuerdo del grupo</translation>
        </message>
        <message>
            <source>Support contacts</source>
            <translation>Contactos de apoyo</translation>
        </message>
        <message>
            <source>Contents</source>
            <translation>Contenido</translation>
        </message>
        <message>
            <source>Version {version}. Read aloud at the start of each session.</source>
            <translation>Versión {version}. Se lee en voz alta al empezar cada sesión.</translation>
        </message>
        <message>
            <source>The group has not written down its agreement yet.</source>
            <translation>El grupo aún no ha escrito su acuerdo.</translation>
        </message>
        <message>
            <source>People and services you can contact between sessions.</source>
            <translation>Personas y servicios con los que puedes contactar entre sesiones.</translation>
        </message>
        <message>
            <source>If you or someone else is in immediate danger, call your local emergency number.</source>
            <translation>Si tú u otra persona estáis en peligro inmediato, llama al número de emergencias de tu zona.</translation>
        </message>
    </context>
    <context>
        <name>HandoutPreview</name>
        <message>
            <source>Preview of the first page</source>
            <translation>Vista previa de la primera página</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>Vista previa</translation>
        </message>
        <message>
            <source>The first page of the selected handout (the arrow keys scroll)</source>
            <translation>La primera página del folleto elegido (las flechas desplazan)</translation>
        </message>
        <message>
            <source>Preparing the preview…</source>
            <translation>Preparando la vista previa…</translation>
        </message>
        <message>
            <source>An image of the first page</source>
            <translation>Una imagen de la primera página</translation>
        </message>
        <message>
            <source>A smaller copy of the image</source>
            <translation>Una copia más pequeña de la imagen</translation>
        </message>
        <message>
            <source>There is nothing to preview.</source>
            <translation>No hay nada que previsualizar.</translation>
        </message>
        <message>
            <source>

*…the preview shows the opening lines only.*</source>
            <translation>

*…la vista previa muestra solo las primeras líneas.*</translation>
        </message>
        <message>
            <source>

…the preview shows the opening lines only.</source>
            <translation>

…la vista previa muestra solo las primeras líneas.</translation>
        </message>
        <message>
            <source>The opening lines of the text</source>
            <translation>Las primeras líneas del texto</translation>
        </message>
    </context>
    <context>
        <name>HandoutSessionWording</name>
        <message>
            <source>No session selected. Choose a session on the left to tick the handouts given at it.</source>
            <translation>Ninguna sesión elegida. Elige una sesión a la izquierda para marcar los folletos entregados en ella.</translation>
        </message>
        <message>
            <source> of {name}</source>
            <translation> de {name}</translation>
        </message>
        <message>
            <source>The session on {short_date}{of_group} is marked “{label}”, so no handouts can be ticked for it.</source>
            <translation>La sesión del {short_date}{of_group} está marcada como «{label}», así que no se puede marcar ningún folleto en ella.</translation>
        </message>
        <message>
            <source>Tick the handouts given at the session on {short_date}{of_group}. Space ticks or unticks the selected one.</source>
            <translation>Marca los folletos entregados en la sesión del {short_date}{of_group}. Espacio marca o desmarca el elegido.</translation>
        </message>
    </context>
    <context>
        <name>HandoutSide</name>
        <message numerus="yes">
            <source>%n page(s)</source>
            <translation>
                <numerusform>%n página</numerusform>
                <numerusform>%n páginas</numerusform>
            </translation>
        </message>
        <message>
            <source>version {version}</source>
            <translation>versión {version}</translation>
        </message>
        <message>
            <source>Handout</source>
            <translation>Folleto</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Archivo</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Descripción</translation>
        </message>
        <message>
            <source>No handout selected</source>
            <translation>Ningún folleto elegido</translation>
        </message>
    </context>
    <context>
        <name>HandoutsPanel</name>
        <message>
            <source>Handouts</source>
            <translation>Folletos</translation>
        </message>
        <message>
            <source>Selected session</source>
            <translation>Sesión elegida</translation>
        </message>
        <message>
            <source>Import files…</source>
            <translation>Importar archivos…</translation>
        </message>
        <message>
            <source>Add PDF, PNG, JPEG, text or Markdown files to the library (you can also drag files onto this tab)</source>
            <translation>Añade a la biblioteca archivos PDF, PNG, JPEG, de texto o Markdown (también puedes arrastrarlos a esta pestaña)</translation>
        </message>
        <message>
            <source>No handouts match</source>
            <translation>Ningún folleto coincide</translation>
        </message>
        <message>
            <source>E&amp;dit…</source>
            <translation>E&amp;ditar…</translation>
        </message>
        <message>
            <source>Edit the title, topics, description and version of the selected handout (Enter)</source>
            <translation>Edita el título, los temas, la descripción y la versión del folleto elegido (Intro)</translation>
        </message>
        <message>
            <source>Re&amp;move…</source>
            <translation>&amp;Quitar…</translation>
        </message>
        <message>
            <source>Take the selected handout out of the library (Delete; Ctrl+Z brings it back)</source>
            <translation>Quita el folleto elegido de la biblioteca (Supr; Ctrl+Z lo recupera)</translation>
        </message>
        <message>
            <source>Add the starter handouts</source>
            <translation>Añadir los folletos de inicio</translation>
        </message>
        <message>
            <source>Add four generic handouts written for peer support groups: a group agreement, grounding, support contacts (blanks to fill in) and sleep basics</source>
            <translation>Añade cuatro folletos generales escritos para grupos de apoyo mutuo: un acuerdo de grupo, técnicas de anclaje, contactos de apoyo (en blanco para rellenar) y lo básico del sueño</translation>
        </message>
        <message>
            <source>Given: {title}</source>
            <translation>Entregado: {title}</translation>
        </message>
        <message>
            <source>Not given: {title}</source>
            <translation>No entregado: {title}</translation>
        </message>
        <message>
            <source>“{title}” marked as given at the session on {when}.</source>
            <translation>«{title}» marcado como entregado en la sesión del {when}.</translation>
        </message>
        <message>
            <source>“{title}” is no longer marked as given on {when}.</source>
            <translation>«{title}» ya no está marcado como entregado el {when}.</translation>
        </message>
        <message>
            <source>Choose a session that took place on the left to mark handouts given.</source>
            <translation>Elige a la izquierda una sesión que se haya celebrado para marcar folletos entregados.</translation>
        </message>
        <message>
            <source>Edit handout: {title}</source>
            <translation>Editar folleto: {title}</translation>
        </message>
        <message>
            <source> It was given at {lower}; those sessions will no longer list it.</source>
            <translation> Se entregó en {lower}; esas sesiones dejarán de mostrarlo.</translation>
        </message>
        <message>
            <source>Remove handout</source>
            <translation>Quitar folleto</translation>
        </message>
        <message>
            <source>Take “{title}” out of the handout library?{given}

Edit &gt; Undo (Ctrl+Z) brings it back.</source>
            <translation>¿Quitar «{title}» de la biblioteca de folletos?{given}

Editar &gt; Deshacer (Ctrl+Z) lo recupera.</translation>
        </message>
        <message>
            <source>Remove handout: {title}</source>
            <translation>Quitar folleto: {title}</translation>
        </message>
        <message>
            <source>“{title}” was taken out of the library. Ctrl+Z brings it back.</source>
            <translation>«{title}» se quitó de la biblioteca. Ctrl+Z lo recupera.</translation>
        </message>
        <message>
            <source>No handouts match the filter. Clear the filter or choose “All topics” to see the whole library.</source>
            <translation>Ningún folleto coincide con el filtro. Borra el filtro o elige «Todos los temas» para ver toda la biblioteca.</translation>
        </message>
    </context>
    <context>
        <name>Headers</name>
        <message>
            <source>When</source>
            <translation>Cuándo</translation>
        </message>
        <message>
            <source>Why it was made</source>
            <translation>Por qué se hizo</translation>
        </message>
        <message>
            <source>Checked</source>
            <translation>Comprobada</translation>
        </message>
        <message>
            <source>What it holds</source>
            <translation>Qué contiene</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Pronouns</source>
            <translation>Pronombres</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>This session</source>
            <translation>Esta sesión</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Título</translation>
        </message>
        <message>
            <source>Topics</source>
            <translation>Temas</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Versión</translation>
        </message>
        <message>
            <source>Given at</source>
            <translation>Entregado en</translation>
        </message>
        <message>
            <source>Joined</source>
            <translation>Se unió</translation>
        </message>
        <message>
            <source>Last came</source>
            <translation>Última vez</translation>
        </message>
        <message>
            <source>Attendance</source>
            <translation>Asistencia</translation>
        </message>
    </context>
    <context>
        <name>HistoryWording</name>
        <message>
            <source>This date is in the past: it will be added as a session to record.</source>
            <translation>Esta fecha es pasada: se añadirá como sesión para registrar.</translation>
        </message>
        <message>
            <source>All {past}</source>
            <translation>Las {past}</translation>
        </message>
        <message>
            <source>{which} of these dates are in the past: they will be added as sessions to record.</source>
            <translation>{which} de estas fechas son pasadas: se añadirán como sesiones para registrar.</translation>
        </message>
        <message>
            <source>First session: {format_day}.</source>
            <translation>Primera sesión: {format_day}.</translation>
        </message>
        <message numerus="yes">
            <source>%n date(s) before today</source>
            <translation>
                <numerusform>%n fecha anterior a hoy</numerusform>
                <numerusform>%n fechas anteriores a hoy</numerusform>
            </translation>
        </message>
        <message>
            <source>First session: {format_day}, in the past. Schedule sessions… starts from it: the {dates} will be added as sessions to record.</source>
            <translation>Primera sesión: {format_day}, en el pasado. Programar sesiones… empieza en ella: se añadirán {dates} como sesiones para registrar.</translation>
        </message>
    </context>
    <context>
        <name>ImportColumnChoices</name>
        <message>
            <source>Ignore this column</source>
            <translation>Ignorar esta columna</translation>
        </message>
    </context>
    <context>
        <name>ImportDestination</name>
        <message>
            <source>No group</source>
            <translation>Ningún grupo</translation>
        </message>
        <message>
            <source>Import the good rows and s&amp;kip the others</source>
            <translation>Importar las filas buenas y sal&amp;tar las demás</translation>
        </message>
        <message>
            <source>Add them to group</source>
            <translation>Añadirlos al grupo</translation>
        </message>
        <message>
            <source>The group the imported members join. Choose No group to add them to the store only.</source>
            <translation>El grupo al que se unen los miembros importados. Elige Ningún grupo para añadirlos solo a los datos.</translation>
        </message>
        <message>
            <source>Add them to &amp;group:</source>
            <translation>Añadirlos al &amp;grupo:</translation>
        </message>
        <message>
            <source>Import the good rows and skip the others</source>
            <translation>Importar las filas buenas y saltar las demás</translation>
        </message>
        <message>
            <source>Import every row that can be read, and leave out the rejected ones.</source>
            <translation>Importa cada fila que se puede leer y deja fuera las rechazadas.</translation>
        </message>
    </context>
    <context>
        <name>ImportFileRow</name>
        <message>
            <source>CSV or text files (*.csv *.txt);;All files (*)</source>
            <translation>Archivos CSV o de texto (*.csv *.txt);;Todos los archivos (*)</translation>
        </message>
    </context>
    <context>
        <name>ImportMembersDialog</name>
        <message>
            <source>Choose a CSV file saved from a spreadsheet or a contacts app (Google Contacts, Outlook). Nothing is added until you press Import, and your data is backed up first.</source>
            <translation>Elige un archivo CSV guardado desde una hoja de cálculo o una aplicación de contactos (Google Contacts, Outlook). No se añade nada hasta que pulses Importar, y antes se hace una copia de seguridad de tus datos.</translation>
        </message>
        <message>
            <source>Import members from a CSV file</source>
            <translation>Importar miembros desde un archivo CSV</translation>
        </message>
        <message>
            <source>Choose a file to see what is in it.</source>
            <translation>Elige un archivo para ver qué contiene.</translation>
        </message>
        <message>
            <source>&amp;Preview:</source>
            <translation>&amp;Vista previa:</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Problema</translation>
        </message>
        <message>
            <source>Import finished</source>
            <translation>Importación terminada</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>&amp;Importar</translation>
        </message>
        <message>
            <source>Back up your data, then add the members shown as OK.</source>
            <translation>Hace una copia de seguridad de tus datos y luego añade los miembros marcados como OK.</translation>
        </message>
        <message>
            <source>Close without importing anything (Esc).</source>
            <translation>Cerrar sin importar nada (Esc).</translation>
        </message>
        <message>
            <source>Reading {name}…</source>
            <translation>Leyendo {name}…</translation>
        </message>
        <message>
            <source>Importing: {percent}% done. Stop importing to leave everything as it was.</source>
            <translation>Importando: {percent} % hecho. Detener la importación deja todo como estaba.</translation>
        </message>
        <message>
            <source>Reading {name}: {percent}%. Stop reading to choose another file.</source>
            <translation>Leyendo {name}: {percent} %. Detener la lectura para elegir otro archivo.</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <source>The import is finished: close this window.</source>
            <translation>La importación ha terminado: cierra esta ventana.</translation>
        </message>
    </context>
    <context>
        <name>ImportPreviewModel</name>
        <message>
            <source>Rejected: {problems}</source>
            <translation>Rechazada: {problems}</translation>
        </message>
        <message>
            <source>OK: already in the store as {same_as}, not added again</source>
            <translation>OK: ya está en los datos como {same_as}, no se añade otra vez</translation>
        </message>
        <message>
            <source>OK: repeats {same_as}, added once</source>
            <translation>OK: repite {same_as}, se añade una vez</translation>
        </message>
        <message>
            <source>OK: new member</source>
            <translation>OK: miembro nuevo</translation>
        </message>
        <message>
            <source>commas</source>
            <translation>comas</translation>
        </message>
        <message>
            <source>semicolons</source>
            <translation>puntos y coma</translation>
        </message>
        <message>
            <source>tabs</source>
            <translation>tabuladores</translation>
        </message>
        <message>
            <source>a sheet with its own column names</source>
            <translation>una hoja con sus propios nombres de columna</translation>
        </message>
        <message>
            <source>a {format}</source>
            <translation>un {format}</translation>
        </message>
        <message numerus="yes">
            <source>%n new member(s)</source>
            <translation>
                <numerusform>%n miembro nuevo</numerusform>
                <numerusform>%n miembros nuevos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n already in the store</source>
            <translation>
                <numerusform>%n ya está en los datos</numerusform>
                <numerusform>%n ya están en los datos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n repeated in the file</source>
            <translation>
                <numerusform>%n repetido en el archivo</numerusform>
                <numerusform>%n repetidos en el archivo</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n rejected</source>
            <translation>
                <numerusform>%n rechazada</numerusform>
                <numerusform>%n rechazadas</numerusform>
            </translation>
        </message>
        <message>
            <source>Read as {encoding} text with values separated by {separator}; it looks like {kind}.</source>
            <translation>Leído como texto {encoding} con valores separados por {separator}; parece {kind}.</translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) under the column names: {counts}.</source>
            <translation>
                <numerusform>%n fila bajo los nombres de columna: {counts}.</numerusform>
                <numerusform>%n filas bajo los nombres de columna: {counts}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Showing the first {rows} rows and the first %n rejected row(s)</source>
            <translation>
                <numerusform>Se muestran las primeras {rows} filas y la primera fila rechazada</numerusform>
                <numerusform>Se muestran las primeras {rows} filas y las primeras %n filas rechazadas</numerusform>
            </translation>
        </message>
        <message>
            <source>Showing the first {rows} rows and every rejected row</source>
            <translation>Se muestran las primeras {rows} filas y todas las filas rechazadas</translation>
        </message>
        <message numerus="yes">
            <source>; %n more row(s) will be imported the same way</source>
            <translation>
                <numerusform>; %n fila más se importará del mismo modo</numerusform>
                <numerusform>; %n filas más se importarán del mismo modo</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>; %n more rejected row(s) [is|are] not shown</source>
            <translation>
                <numerusform>; %n fila rechazada más no se muestra</numerusform>
                <numerusform>; %n filas rechazadas más no se muestran</numerusform>
            </translation>
        </message>
        <message>
            <source>Line {line}</source>
            <translation>Línea {line}</translation>
        </message>
        <message>
            <source>Line {line} of the file: {status_text}.</source>
            <translation>Línea {line} del archivo: {status_text}.</translation>
        </message>
        <message>
            <source>Line</source>
            <translation>Línea</translation>
        </message>
        <message>
            <source>What will happen</source>
            <translation>Qué pasará</translation>
        </message>
    </context>
    <context>
        <name>ImportPreviewTable</name>
        <message>
            <source>Preview</source>
            <translation>Vista previa</translation>
        </message>
        <message>
            <source>How each row of the file would be imported, with its line number. Rejected rows say why.</source>
            <translation>Cómo se importaría cada fila del archivo, con su número de línea. Las filas rechazadas dicen por qué.</translation>
        </message>
    </context>
    <context>
        <name>ImportStatus</name>
        <message>
            <source>Reading the file was stopped. Press Reload to read it again.</source>
            <translation>Se detuvo la lectura del archivo. Pulsa Recargar para leerlo de nuevo.</translation>
        </message>
        <message>
            <source>The import was stopped, so nothing was imported. Press Import to start it again.</source>
            <translation>Se detuvo la importación, así que no se importó nada. Pulsa Importar para empezarla de nuevo.</translation>
        </message>
        <message>
            <source>The file could not be read because of an unexpected problem. It has been written to the log; try again, or save the file again as CSV UTF-8.</source>
            <translation>No se pudo leer el archivo por un problema inesperado. Se ha anotado en el registro; vuelve a intentarlo, o guarda el archivo de nuevo como CSV UTF-8.</translation>
        </message>
        <message>
            <source>The import failed because of an unexpected problem, so nothing was imported. It has been written to the log; your data is as it was.</source>
            <translation>La importación falló por un problema inesperado, así que no se importó nada. Se ha anotado en el registro; tus datos están como estaban.</translation>
        </message>
        <message>
            <source>Choose which column holds the names, above, to continue.</source>
            <translation>Elige arriba qué columna contiene los nombres para continuar.</translation>
        </message>
        <message>
            <source>The file has no rows of members under its first line. Check that this is the right file.</source>
            <translation>El archivo no tiene filas de miembros bajo su primera línea. Comprueba que es el archivo correcto.</translation>
        </message>
        <message>
            <source>Every row was rejected, so there is nothing to import. Correct the file, or choose which detail each column holds, then try again.</source>
            <translation>Todas las filas fueron rechazadas, así que no hay nada que importar. Corrige el archivo, o elige qué dato contiene cada columna, y vuelve a intentarlo.</translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) [is|are] rejected (see “What will happen”). Correct the file and press Reload, or tick “Import the good rows and skip the others” to leave them out.</source>
            <translation>
                <numerusform>%n fila está rechazada (ver «Qué pasará»). Corrige el archivo y pulsa Recargar, o marca «Importar las filas buenas y saltar las demás» para dejarla fuera.</numerusform>
                <numerusform>%n filas están rechazadas (ver «Qué pasará»). Corrige el archivo y pulsa Recargar, o marca «Importar las filas buenas y saltar las demás» para dejarlas fuera.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n rejected row(s) will be left out; {good} will be imported.</source>
            <translation>
                <numerusform>%n fila rechazada se dejará fuera; se importarán {good}.</numerusform>
                <numerusform>%n filas rechazadas se dejarán fuera; se importarán {good}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n row(s)</source>
            <translation>
                <numerusform>%n fila</numerusform>
                <numerusform>%n filas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Ready: %n row(s) will be imported.</source>
            <translation>
                <numerusform>Listo: se importará %n fila.</numerusform>
                <numerusform>Listo: se importarán %n filas.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Not imported: {listed}; and %n more.</source>
            <translation>
                <numerusform>No importado: {listed}; y %n más.</numerusform>
                <numerusform>No importado: {listed}; y %n más.</numerusform>
            </translation>
        </message>
        <message>
            <source>Not imported: {listed}.</source>
            <translation>No importado: {listed}.</translation>
        </message>
        <message>
            <source>They are now in {group}.</source>
            <translation>Ahora están en {group}.</translation>
        </message>
    </context>
    <context>
        <name>InstrumentDialog</name>
        <message>
            <source>Your own check-in: each question has a lowest and highest answer, and the answers are added up. Licensed scales (such as the Outcome Rating Scale) belong here only if your organisation may use them.</source>
            <translation>Tu propio check-in: cada pregunta tiene una respuesta mínima y una máxima, y las respuestas se suman. Las escalas con licencia (como la Outcome Rating Scale) solo van aquí si tu organización puede usarlas.</translation>
        </message>
        <message>
            <source>Edit check-in</source>
            <translation>Editar check-in</translation>
        </message>
        <message>
            <source>New check-in</source>
            <translation>Nuevo check-in</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Guardar</translation>
        </message>
        <message>
            <source>Add check-in</source>
            <translation>Añadir check-in</translation>
        </message>
        <message>
            <source>Save the changes to this check-in.</source>
            <translation>Guarda los cambios de este check-in.</translation>
        </message>
        <message>
            <source>Add this check-in; choose it for a group in Group &gt; Edit group.</source>
            <translation>Añade este check-in; elígelo para un grupo en Grupo &gt; Editar grupo.</translation>
        </message>
        <message>
            <source>e.g. Evening calm</source>
            <translation>p. ej., Calma de la tarde</translation>
        </message>
        <message>
            <source>&amp;Name</source>
            <translation>&amp;Nombre</translation>
        </message>
        <message>
            <source>What the check-in is called in menus and headings</source>
            <translation>Cómo se llama el check-in en menús y títulos</translation>
        </message>
        <message>
            <source>e.g. today, this week, over the last two weeks</source>
            <translation>p. ej., hoy, esta semana, en las últimas dos semanas</translation>
        </message>
        <message>
            <source>&amp;Asks about</source>
            <translation>&amp;Pregunta por</translation>
        </message>
        <message>
            <source>The time the questions are about (optional)</source>
            <translation>El periodo al que se refieren las preguntas (opcional)</translation>
        </message>
        <message>
            <source>Question</source>
            <translation>Pregunta</translation>
        </message>
        <message>
            <source>Lowest</source>
            <translation>Mínimo</translation>
        </message>
        <message>
            <source>Highest</source>
            <translation>Máximo</translation>
        </message>
        <message>
            <source>Questions</source>
            <translation>Preguntas</translation>
        </message>
        <message>
            <source>One row per question: type to change a cell, arrows move, Tab leaves the table</source>
            <translation>Una fila por pregunta: escribe para cambiar una celda, las flechas mueven, Tab sale de la tabla</translation>
        </message>
        <message>
            <source>&amp;Questions</source>
            <translation>&amp;Preguntas</translation>
        </message>
        <message>
            <source>A&amp;dd question</source>
            <translation>Aña&amp;dir pregunta</translation>
        </message>
        <message>
            <source>Add question</source>
            <translation>Añadir pregunta</translation>
        </message>
        <message>
            <source>Add a question at the end (0 to 10)</source>
            <translation>Añade una pregunta al final (de 0 a 10)</translation>
        </message>
        <message>
            <source>&amp;Remove question</source>
            <translation>&amp;Quitar pregunta</translation>
        </message>
        <message>
            <source>Remove question</source>
            <translation>Quitar pregunta</translation>
        </message>
        <message>
            <source>Remove the selected question</source>
            <translation>Quita la pregunta elegida</translation>
        </message>
        <message>
            <source>Totals</source>
            <translation>Totales</translation>
        </message>
        <message>
            <source>&amp;Follow-up</source>
            <translation>&amp;Seguimiento</translation>
        </message>
        <message>
            <source>Whether a total suggests offering a private chat: a suggestion, never a diagnosis</source>
            <translation>Si un total sugiere ofrecer una charla en privado: una sugerencia, nunca un diagnóstico</translation>
        </message>
        <message>
            <source>&amp;Total</source>
            <translation>&amp;Total</translation>
        </message>
        <message>
            <source>The total that suggests offering a quiet word</source>
            <translation>El total que sugiere ofrecer una palabra tranquila</translation>
        </message>
        <message>
            <source>A check-in can have up to {MAX_ITEMS} questions, so the round stays short.</source>
            <translation>Un check-in puede tener hasta {MAX_ITEMS} preguntas, para que la ronda sea corta.</translation>
        </message>
        <message>
            <source>lowest</source>
            <translation>mínima</translation>
        </message>
        <message>
            <source>highest</source>
            <translation>máxima</translation>
        </message>
        <message>
            <source>The {which} answer to question {value} needs a whole number, like 0 or 10.</source>
            <translation>La respuesta {which} de la pregunta {value} necesita un número entero, como 0 o 10.</translation>
        </message>
        <message>
            <source>No questions yet</source>
            <translation>Aún no hay preguntas</translation>
        </message>
    </context>
    <context>
        <name>InstrumentsButton</name>
        <message>
            <source>Check-in instr&amp;uments</source>
            <translation>Instr&amp;umentos de check-in</translation>
        </message>
        <message>
            <source>Check-in instruments</source>
            <translation>Instrumentos de check-in</translation>
        </message>
        <message>
            <source>Create your organisation's own check-in, or edit one you made (the built-in ones follow their published scoring)</source>
            <translation>Crea el check-in propio de tu organización o edita uno que hayas hecho (los incluidos siguen su puntuación publicada)</translation>
        </message>
        <message>
            <source>Saved “{name}”. Choose it for a group in Group &gt; Edit group.</source>
            <translation>«{name}» guardado. Elígelo para un grupo en Grupo &gt; Editar grupo.</translation>
        </message>
        <message>
            <source>Saved the changes to “{name}”.</source>
            <translation>Se guardaron los cambios de «{name}».</translation>
        </message>
        <message>
            <source>&amp;New check-in…</source>
            <translation>&amp;Nuevo check-in…</translation>
        </message>
        <message>
            <source>Define your own check-in: questions, their ranges and an optional follow-up total</source>
            <translation>Define tu propio check-in: preguntas, sus rangos y un total de seguimiento opcional</translation>
        </message>
        <message>
            <source>Edit “{name}”…</source>
            <translation>Editar «{name}»…</translation>
        </message>
        <message>
            <source>Change the name, questions or follow-up total of {name}</source>
            <translation>Cambia el nombre, las preguntas o el total de seguimiento de {name}</translation>
        </message>
        <message>
            <source>Built in: Mood, WHO-5, PHQ-2 (published scoring, not editable)</source>
            <translation>Incluidos: Mood, WHO-5, PHQ-2 (puntuación publicada, no editables)</translation>
        </message>
    </context>
    <context>
        <name>Labels</name>
        <message>
            <source>Present</source>
            <translation>Presente</translation>
        </message>
        <message>
            <source>Late</source>
            <translation>Tarde</translation>
        </message>
        <message>
            <source>Left early</source>
            <translation>Se fue antes</translation>
        </message>
        <message>
            <source>Excused</source>
            <translation>Excusado</translation>
        </message>
        <message>
            <source>Absent</source>
            <translation>Ausente</translation>
        </message>
        <message>
            <source>Planned</source>
            <translation>Prevista</translation>
        </message>
        <message>
            <source>Held</source>
            <translation>Celebrada</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Cancelada</translation>
        </message>
        <message>
            <source>Did not meet</source>
            <translation>No hubo reunión</translation>
        </message>
        <message>
            <source>Weekly</source>
            <translation>Semanal</translation>
        </message>
        <message>
            <source>Fortnightly</source>
            <translation>Quincenal</translation>
        </message>
        <message>
            <source>Monthly</source>
            <translation>Mensual</translation>
        </message>
        <message>
            <source>Full names</source>
            <translation>Nombres completos</translation>
        </message>
        <message>
            <source>First names</source>
            <translation>Nombres de pila</translation>
        </message>
        <message>
            <source>Initials</source>
            <translation>Iniciales</translation>
        </message>
        <message>
            <source>Headcount only</source>
            <translation>Solo recuento</translation>
        </message>
    </context>
    <context>
        <name>LanguageMenu</name>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Idioma</translation>
        </message>
        <message>
            <source>The language of the window and the PDFs</source>
            <translation>El idioma de la ventana y de los PDF</translation>
        </message>
        <message>
            <source>Follow the &amp;system</source>
            <translation>Seguir al &amp;sistema</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Idioma</translation>
        </message>
        <message>
            <source>Facilitator will speak the new language the next time it starts.</source>
            <translation>Facilitator usará el nuevo idioma la próxima vez que se inicie.</translation>
        </message>
    </context>
    <context>
        <name>LockScreen</name>
        <message>
            <source>Type your passphrase and press Enter to go on. Anything you were typing is kept.</source>
            <translation>Escribe tu frase de contraseña y pulsa Intro para seguir. Lo que estabas escribiendo se conserva.</translation>
        </message>
        <message>
            <source>This data file has no passphrase, so anyone at this computer can unlock it. Anything you were typing is kept.</source>
            <translation>Este archivo de datos no tiene frase de contraseña, así que cualquiera en este ordenador puede desbloquearlo. Lo que estabas escribiendo se conserva.</translation>
        </message>
        <message>
            <source>{APP_NAME} is locked</source>
            <translation>{APP_NAME} está bloqueado</translation>
        </message>
        <message>
            <source>&lt;h2&gt;{APP_NAME} is locked&lt;/h2&gt;</source>
            <translation>&lt;h2&gt;{APP_NAME} está bloqueado&lt;/h2&gt;</translation>
        </message>
        <message>
            <source>Pass&amp;phrase:</source>
            <translation>&amp;Frase de contraseña:</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>Frase de contraseña</translation>
        </message>
        <message>
            <source>Un&amp;lock</source>
            <translation>Desb&amp;loquear</translation>
        </message>
        <message>
            <source>Unlock</source>
            <translation>Desbloquear</translation>
        </message>
        <message>
            <source>Unlock message</source>
            <translation>Mensaje de desbloqueo</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source> (read-only)</source>
            <translation> (solo lectura)</translation>
        </message>
        <message>
            <source>Session</source>
            <translation>Sesión</translation>
        </message>
        <message>
            <source>&amp;Attendance</source>
            <translation>&amp;Asistencia</translation>
        </message>
        <message>
            <source>&amp;Check-ins</source>
            <translation>&amp;Check-ins</translation>
        </message>
        <message>
            <source>&amp;Notes</source>
            <translation>&amp;Notas</translation>
        </message>
        <message>
            <source>Hand&amp;outs</source>
            <translation>F&amp;olletos</translation>
        </message>
        <message>
            <source>&amp;Roster</source>
            <translation>&amp;Miembros</translation>
        </message>
        <message>
            <source>Session tabs</source>
            <translation>Pestañas de la sesión</translation>
        </message>
        <message>
            <source>Attendance, Check-ins, Notes, Handouts, Roster (Ctrl+1 to Ctrl+5)</source>
            <translation>Asistencia, Check-ins, Notas, Folletos, Miembros (Ctrl+1 a Ctrl+5)</translation>
        </message>
        <message>
            <source>Data file: {path}{read_only}</source>
            <translation>Archivo de datos: {path}{read_only}</translation>
        </message>
        <message>
            <source>Open data file</source>
            <translation>Archivo de datos abierto</translation>
        </message>
        <message>
            <source>No changes yet</source>
            <translation>Aún sin cambios</translation>
        </message>
        <message>
            <source>Last saved</source>
            <translation>Último guardado</translation>
        </message>
        <message>
            <source>Show the latest</source>
            <translation>Mostrar lo último</translation>
        </message>
        <message>
            <source>Show what was saved elsewhere since, such as by others on the organisation server (F5)</source>
            <translation>Mostrar lo que se guardó en otro lugar desde entonces, por ejemplo lo que otras personas guardaron en el servidor de la organización (F5)</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Archivo</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Editar</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Deshacer</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Rehacer</translation>
        </message>
        <message>
            <source>View</source>
            <translation>Ver</translation>
        </message>
        <message>
            <source>&amp;Group</source>
            <translation>&amp;Grupo</translation>
        </message>
        <message>
            <source>&amp;Session</source>
            <translation>&amp;Sesión</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>Ay&amp;uda</translation>
        </message>
        <message>
            <source>All changes saved · {time}</source>
            <translation>Todos los cambios guardados · {time}</translation>
        </message>
        <message>
            <source>{document} — {APP_NAME}</source>
            <translation>{document} — {APP_NAME}</translation>
        </message>
    </context>
    <context>
        <name>MemberDialog</name>
        <message>
            <source>Only a preferred name is needed. Add other details only if the member is happy for you to keep them.</source>
            <translation>Solo hace falta un nombre preferido. Añade otros datos solo si al miembro le parece bien que los guardes.</translation>
        </message>
        <message>
            <source>“More details” is unticked: saving will remove the other details kept for this member.</source>
            <translation>«Más datos» está desmarcado: al guardar se quitarán los demás datos guardados de este miembro.</translation>
        </message>
        <message>
            <source>she/her</source>
            <translation>ella</translation>
        </message>
        <message>
            <source>he/him</source>
            <translation>él</translation>
        </message>
        <message>
            <source>they/them</source>
            <translation>elle</translation>
        </message>
        <message>
            <source>Edit member</source>
            <translation>Editar miembro</translation>
        </message>
        <message>
            <source>New member</source>
            <translation>Nuevo miembro</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Guardar</translation>
        </message>
        <message>
            <source>Add member</source>
            <translation>Añadir miembro</translation>
        </message>
        <message>
            <source>Save the changes to this member.</source>
            <translation>Guarda los cambios de este miembro.</translation>
        </message>
        <message>
            <source>Add the member.</source>
            <translation>Añade al miembro.</translation>
        </message>
        <message>
            <source>The name they like to be called</source>
            <translation>El nombre por el que le gusta que le llamen</translation>
        </message>
        <message>
            <source>Preferred &amp;name</source>
            <translation>&amp;Nombre preferido</translation>
        </message>
        <message>
            <source>The name they like to be called in the group. The only detail you need.</source>
            <translation>El nombre por el que le gusta que le llamen en el grupo. El único dato que necesitas.</translation>
        </message>
        <message>
            <source>Optional</source>
            <translation>Opcional</translation>
        </message>
        <message>
            <source>&amp;Pronouns</source>
            <translation>&amp;Pronombres</translation>
        </message>
        <message>
            <source>Optional. Choose one or type their own words.</source>
            <translation>Opcional. Elige uno o escribe sus propias palabras.</translation>
        </message>
        <message>
            <source>In the group &amp;since</source>
            <translation>En el grupo &amp;desde</translation>
        </message>
        <message>
            <source>From which session they count as a member (their first session).</source>
            <translation>Desde qué sesión cuenta como miembro (su primera sesión).</translation>
        </message>
        <message>
            <source>More &amp;details (optional)</source>
            <translation>Más &amp;datos (opcional)</translation>
        </message>
        <message>
            <source>More details (optional)</source>
            <translation>Más datos (opcional)</translation>
        </message>
        <message>
            <source>Tick to keep contact details, only if the member is happy for you to.</source>
            <translation>Marca para guardar datos de contacto, solo si al miembro le parece bien.</translation>
        </message>
        <message>
            <source>&amp;Full name</source>
            <translation>Nombre &amp;completo</translation>
        </message>
        <message>
            <source>Their full name, if they want it kept.</source>
            <translation>Su nombre completo, si quiere que se guarde.</translation>
        </message>
        <message>
            <source>P&amp;hone</source>
            <translation>&amp;Teléfono</translation>
        </message>
        <message>
            <source>A phone number to reach them on.</source>
            <translation>Un teléfono para contactar con esa persona.</translation>
        </message>
        <message>
            <source>&amp;Email</source>
            <translation>Corr&amp;eo electrónico</translation>
        </message>
        <message>
            <source>An email address to reach them at.</source>
            <translation>Un correo electrónico para contactar con esa persona.</translation>
        </message>
        <message>
            <source>Emergency &amp;contact name</source>
            <translation>Nombre del &amp;contacto de emergencia</translation>
        </message>
        <message>
            <source>Someone to call if they are unwell during a session, if they have told you who.</source>
            <translation>Alguien a quien llamar si se encuentra mal durante una sesión, si te ha dicho quién.</translation>
        </message>
        <message>
            <source>Emergency contact ph&amp;one</source>
            <translation>Teléfono del c&amp;ontacto de emergencia</translation>
        </message>
        <message>
            <source>The emergency contact's phone number.</source>
            <translation>El teléfono del contacto de emergencia.</translation>
        </message>
        <message>
            <source>No&amp;tes</source>
            <translation>No&amp;tas</translation>
        </message>
        <message>
            <source>Anything practical to remember, such as access needs. Keep it short and kind.</source>
            <translation>Cualquier cosa práctica que recordar, como necesidades de accesibilidad. Breve y amable.</translation>
        </message>
        <message>
            <source>Happ&amp;y to be contacted</source>
            <translation>Acepta &amp;que le contacten</translation>
        </message>
        <message>
            <source>Happy to be contacted</source>
            <translation>Acepta que le contacten</translation>
        </message>
        <message>
            <source>Tick only if they said you may phone or email them between sessions.</source>
            <translation>Marca solo si dijo que puedes llamarle o escribirle entre sesiones.</translation>
        </message>
        <message>
            <source>Please enter a preferred name: it cannot be left blank.</source>
            <translation>Escribe un nombre preferido: no puede quedar en blanco.</translation>
        </message>
    </context>
    <context>
        <name>MemberEraser</name>
        <message>
            <source>Erase member…</source>
            <translation>Borrar miembro…</translation>
        </message>
        <message>
            <source>Erase the selected member for good, at their request (GDPR Art. 17)</source>
            <translation>Borra para siempre al miembro elegido, a petición suya (RGPD art. 17)</translation>
        </message>
        <message>
            <source>The member was erased. Laptops remove them too when they next sync.</source>
            <translation>Se borró al miembro. Los portátiles también lo eliminan en su próxima sincronización.</translation>
        </message>
        <message>
            <source>The member was erased. A backup made just before holds them until it is rotated out.</source>
            <translation>Se borró al miembro. Una copia de seguridad hecha justo antes lo conserva hasta que se renueve.</translation>
        </message>
    </context>
    <context>
        <name>MemberErasure</name>
        <message>
            <source>{name} ({full})</source>
            <translation>{name} ({full})</translation>
        </message>
    </context>
    <context>
        <name>MemberMerge</name>
        <message>
            <source>{name} ({full})</source>
            <translation>{name} ({full})</translation>
        </message>
    </context>
    <context>
        <name>MemberMerger</name>
        <message>
            <source>Merge &amp;with…</source>
            <translation>&amp;Unir con…</translation>
        </message>
        <message>
            <source>The selected member and another record are the same person: make them one (Ctrl+Shift+M)</source>
            <translation>El miembro elegido y otra ficha son la misma persona: unirlas en una (Ctrl+Shift+M)</translation>
        </message>
        <message>
            <source>{name} has no other member to merge {preferred_name} with.</source>
            <translation>{name} no tiene otro miembro con quien unir a {preferred_name}.</translation>
        </message>
        <message>
            <source>Merged {label} into {label2}. Ctrl+Z undoes it.</source>
            <translation>{label} se unió con {label2}. Ctrl+Z lo deshace.</translation>
        </message>
    </context>
    <context>
        <name>MemberRecord</name>
        <message>
            <source>Member record</source>
            <translation>Ficha del miembro</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Sí</translation>
        </message>
        <message>
            <source>No</source>
            <translation>No</translation>
        </message>
        <message>
            <source>Everything {organisation} stores about you in the Facilitator app, as on {date}. It was produced at your request. If anything here is wrong, or you would like something removed, please tell a facilitator.</source>
            <translation>Todo lo que {organisation} guarda sobre ti en la aplicación Facilitator, a fecha de {date}. Se ha preparado a petición tuya. Si algo no es correcto, o quieres que se quite algo, díselo a una persona facilitadora.</translation>
        </message>
        <message>
            <source>Your details</source>
            <translation>Tus datos</translation>
        </message>
        <message>
            <source>Preferred name</source>
            <translation>Nombre preferido</translation>
        </message>
        <message>
            <source>Full name</source>
            <translation>Nombre completo</translation>
        </message>
        <message>
            <source>Pronouns</source>
            <translation>Pronombres</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Teléfono</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>Correo electrónico</translation>
        </message>
        <message>
            <source>Emergency contact</source>
            <translation>Contacto de emergencia</translation>
        </message>
        <message>
            <source>Emergency contact's phone</source>
            <translation>Teléfono del contacto de emergencia</translation>
        </message>
        <message>
            <source>Happy to be contacted</source>
            <translation>Acepta que le contacten</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notas</translation>
        </message>
        <message>
            <source>Last changed</source>
            <translation>Último cambio</translation>
        </message>
        <message>
            <source>Groups</source>
            <translation>Grupos</translation>
        </message>
        <message>
            <source>Group</source>
            <translation>Grupo</translation>
        </message>
        <message>
            <source>Joined</source>
            <translation>Se unió</translation>
        </message>
        <message>
            <source>Left</source>
            <translation>Se fue</translation>
        </message>
        <message>
            <source>Group agreement</source>
            <translation>Acuerdo del grupo</translation>
        </message>
        <message>
            <source> (group since deleted)</source>
            <translation> (grupo eliminado después)</translation>
        </message>
        <message>
            <source>Not recorded</source>
            <translation>Sin registrar</translation>
        </message>
        <message>
            <source>You are not recorded in any group.</source>
            <translation>No constas en ningún grupo.</translation>
        </message>
        <message>
            <source>Attendance</source>
            <translation>Asistencia</translation>
        </message>
        <message numerus="yes">
            <source>%n session(s) recorded; you came to {attended}.</source>
            <translation>
                <numerusform>%n sesión registrada; viniste a {attended}.</numerusform>
                <numerusform>%n sesiones registradas; viniste a {attended}.</numerusform>
            </translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <source>How you took part</source>
            <translation>Cómo participaste</translation>
        </message>
        <message>
            <source>Comment</source>
            <translation>Comentario</translation>
        </message>
        <message>
            <source> (session since deleted)</source>
            <translation> (sesión eliminada después)</translation>
        </message>
        <message>
            <source>No attendance is recorded for you.</source>
            <translation>No hay asistencia registrada para ti.</translation>
        </message>
        <message>
            <source>Check-ins</source>
            <translation>Check-ins</translation>
        </message>
        <message>
            <source>Your answers in the check-in round. A pass is recorded as a pass, never as a score.</source>
            <translation>Tus respuestas en la ronda de check-in. Un pase se registra como pase, nunca como puntuación.</translation>
        </message>
        <message>
            <source>Check-in</source>
            <translation>Check-in</translation>
        </message>
        <message>
            <source>Answers</source>
            <translation>Respuestas</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <source>Word</source>
            <translation>Palabra</translation>
        </message>
        <message>
            <source>Passed</source>
            <translation>Pasó</translation>
        </message>
        <message>
            <source>No check-ins are recorded for you.</source>
            <translation>No hay check-ins registrados para ti.</translation>
        </message>
        <message>
            <source>Session notes are written about the group's sessions and refer to people by initials only; they are not filed under your name, so they are not part of this record. Ask a facilitator if you would like them checked for anything about you.</source>
            <translation>Las notas de sesión se escriben sobre las sesiones del grupo y se refieren a las personas solo por sus iniciales; no se archivan con tu nombre, así que no forman parte de esta ficha. Pregunta a una persona facilitadora si quieres que se revisen por si hay algo sobre ti.</translation>
        </message>
    </context>
    <context>
        <name>MergeMembersCommand</name>
        <message>
            <source>Merge {other} into {kept}</source>
            <translation>Unir {other} con {kept}</translation>
        </message>
        <message>
            <source>Merged {other} into {kept} again. Ctrl+Z undoes it.</source>
            <translation>{other} se unió otra vez con {kept}. Ctrl+Z lo deshace.</translation>
        </message>
        <message>
            <source>Merge undone: {kept} and {other} are two records again. Ctrl+Shift+Z merges them again.</source>
            <translation>Unión deshecha: {kept} y {other} vuelven a ser dos fichas. Ctrl+Shift+Z las une de nuevo.</translation>
        </message>
    </context>
    <context>
        <name>MergeMembersDialog</name>
        <message>
            <source>Merge two members</source>
            <translation>Unir dos miembros</translation>
        </message>
        <message>
            <source>{label} is kept. Which other record is the same person?</source>
            <translation>Se conserva {label}. ¿Qué otra ficha es la misma persona?</translation>
        </message>
        <message>
            <source>The other record</source>
            <translation>La otra ficha</translation>
        </message>
        <message>
            <source>Choose the record that is the same person with the arrow keys</source>
            <translation>Elige con las flechas la ficha que es la misma persona</translation>
        </message>
        <message>
            <source>What the merge will do</source>
            <translation>Qué hará la unión</translation>
        </message>
        <message>
            <source>Merge</source>
            <translation>Unir</translation>
        </message>
        <message>
            <source>Merge the two records into one (Ctrl+Z undoes it)</source>
            <translation>Une las dos fichas en una (Ctrl+Z lo deshace)</translation>
        </message>
        <message>
            <source>Change nothing (Esc)</source>
            <translation>No cambiar nada (Esc)</translation>
        </message>
        <message>
            <source>“{text}” will be merged into “{label}”. {describe} Details that {preferred_name}'s record leaves blank are filled in from the other; then the other record is deleted. Ctrl+Z undoes the merge.</source>
            <translation>«{text}» se unirá con «{label}». {describe} Los datos que la ficha de {preferred_name} deja en blanco se completan con la otra; después se elimina la otra ficha. Ctrl+Z deshace la unión.</translation>
        </message>
    </context>
    <context>
        <name>MissedSessionsModel</name>
        <message>
            <source>last came {short_date}</source>
            <translation>vino por última vez el {short_date}</translation>
        </message>
        <message>
            <source>not seen yet</source>
            <translation>aún no ha venido</translation>
        </message>
        <message>
            <source>{preferred_name} — {last}</source>
            <translation>{preferred_name} — {last}</translation>
        </message>
        <message>
            <source> Phone: {phone}.</source>
            <translation> Teléfono: {phone}.</translation>
        </message>
        <message>
            <source>Missed the last {missed} sessions.{phone}</source>
            <translation>No vino a las últimas {missed} sesiones.{phone}</translation>
        </message>
    </context>
    <context>
        <name>Navigator</name>
        <message>
            <source>Groups</source>
            <translation>Grupos</translation>
        </message>
        <message>
            <source>Your groups: arrow keys choose one, Tab moves to its sessions</source>
            <translation>Tus grupos: las flechas eligen uno, Tab pasa a sus sesiones</translation>
        </message>
        <message>
            <source>Sessions</source>
            <translation>Sesiones</translation>
        </message>
        <message>
            <source>The group's sessions by date; upcoming ones in blue, today's in bold</source>
            <translation>Las sesiones del grupo por fecha; las próximas en azul, las de hoy en negrita</translation>
        </message>
        <message>
            <source>Grou&amp;ps</source>
            <translation>Gru&amp;pos</translation>
        </message>
        <message>
            <source>Sess&amp;ions</source>
            <translation>Ses&amp;iones</translation>
        </message>
    </context>
    <context>
        <name>NoteLayout</name>
        <message>
            <source>&amp;Themes discussed</source>
            <translation>&amp;Temas tratados</translation>
        </message>
        <message>
            <source>Themes discussed</source>
            <translation>Temas tratados</translation>
        </message>
        <message>
            <source>What the group talked about (Alt+T)</source>
            <translation>De qué habló el grupo (Alt+T)</translation>
        </message>
        <message>
            <source>What people talked about, e.g. sleep, the holidays</source>
            <translation>De qué habló la gente, p. ej., el sueño, las fiestas</translation>
        </message>
        <message>
            <source>Strategies share&amp;d</source>
            <translation>Estrategias comparti&amp;das</translation>
        </message>
        <message>
            <source>Strategies shared</source>
            <translation>Estrategias compartidas</translation>
        </message>
        <message>
            <source>Practical things people shared that helped them (Alt+D)</source>
            <translation>Cosas prácticas que la gente compartió y que le ayudaron (Alt+D)</translation>
        </message>
        <message>
            <source>Coping ideas, services, things that helped</source>
            <translation>Ideas para sobrellevarlo, servicios, cosas que ayudaron</translation>
        </message>
        <message>
            <source>Follow-&amp;ups</source>
            <translation>Seg&amp;uimientos</translation>
        </message>
        <message>
            <source>Follow-ups</source>
            <translation>Seguimientos</translation>
        </message>
        <message>
            <source>Things to check in on or bring next time (Alt+U)</source>
            <translation>Cosas por las que preguntar o que traer la próxima vez (Alt+U)</translation>
        </message>
        <message>
            <source>To check in on, or to bring next time</source>
            <translation>Por qué preguntar, o qué traer la próxima vez</translation>
        </message>
        <message>
            <source>Safet&amp;y concerns</source>
            <translation>Preocupaciones de seguridad (&amp;Y)</translation>
        </message>
        <message>
            <source>Safety concerns</source>
            <translation>Preocupaciones de seguridad</translation>
        </message>
        <message>
            <source>Anyone in distress, and any crisis contact given (Alt+Y)</source>
            <translation>Quien esté pasándolo mal, y cualquier contacto de crisis que se haya dado (Alt+Y)</translation>
        </message>
        <message>
            <source>Anyone in distress, and any crisis contact given. Leave empty if none.</source>
            <translation>Quien esté pasándolo mal, y cualquier contacto de crisis que se haya dado. Déjalo vacío si no hay nada.</translation>
        </message>
        <message>
            <source>Other notes</source>
            <translation>Otras notas</translation>
        </message>
        <message>
            <source>Anything else about the session, in your own words</source>
            <translation>Cualquier otra cosa sobre la sesión, con tus palabras</translation>
        </message>
        <message>
            <source>Anything else about the session</source>
            <translation>Cualquier otra cosa sobre la sesión</translation>
        </message>
        <message>
            <source>If someone may be at risk now, follow your group's safety plan.</source>
            <translation>Si alguien puede estar en riesgo ahora, sigue el plan de seguridad de tu grupo.</translation>
        </message>
    </context>
    <context>
        <name>NoteSearch</name>
        <message>
            <source>Words from any note of any group</source>
            <translation>Palabras de cualquier nota de cualquier grupo</translation>
        </message>
        <message>
            <source>Search all notes</source>
            <translation>Buscar en todas las notas</translation>
        </message>
        <message>
            <source>Finds notes of every group with all these words, newest first (Ctrl+F; Down goes to the results)</source>
            <translation>Encuentra notas de todos los grupos con todas estas palabras, las más recientes primero (Ctrl+F; Abajo va a los resultados)</translation>
        </message>
        <message>
            <source>Search a&amp;ll notes</source>
            <translation>Buscar en to&amp;das las notas</translation>
        </message>
        <message>
            <source>Notes found</source>
            <translation>Notas encontradas</translation>
        </message>
        <message>
            <source>Enter or double-click opens that session and its note</source>
            <translation>Intro o doble clic abre esa sesión y su nota</translation>
        </message>
        <message>
            <source>Search results</source>
            <translation>Resultados de la búsqueda</translation>
        </message>
        <message>
            <source>Type a word to search the notes of every group. Enter opens the session.</source>
            <translation>Escribe una palabra para buscar en las notas de todos los grupos. Intro abre la sesión.</translation>
        </message>
        <message>
            <source>No notes mention “{words}”.</source>
            <translation>Ninguna nota menciona «{words}».</translation>
        </message>
        <message>
            <source>The {count} newest notes that mention “{words}”.</source>
            <translation>Las {count} notas más recientes que mencionan «{words}».</translation>
        </message>
        <message>
            <source>1 note mentions “{words}”.</source>
            <translation>1 nota menciona «{words}».</translation>
        </message>
        <message>
            <source>{count} notes mention “{words}”, newest first.</source>
            <translation>{count} notas mencionan «{words}», las más recientes primero.</translation>
        </message>
    </context>
    <context>
        <name>NoteSearchModel</name>
        <message>
            <source>{section_label} · Enter or double-click opens this session</source>
            <translation>{section_label} · Intro o doble clic abre esta sesión</translation>
        </message>
    </context>
    <context>
        <name>NoteTemplateDialog</name>
        <message>
            <source>Note template — {group_name}</source>
            <translation>Plantilla de notas — {group_name}</translation>
        </message>
        <message>
            <source>Save template</source>
            <translation>Guardar plantilla</translation>
        </message>
        <message>
            <source>Save the template; new notes of this group start from it</source>
            <translation>Guarda la plantilla; las notas nuevas de este grupo empiezan con ella</translation>
        </message>
        <message>
            <source>New notes for {group_name} start with this text. Notes already written stay as they are.</source>
            <translation>Las notas nuevas de {group_name} empiezan con este texto. Las notas ya escritas se quedan como están.</translation>
        </message>
        <message>
            <source>For example:
Agreement read: 
Opening round: 
Topic: 
Announcements: 
Next session: </source>
            <translation>Por ejemplo:
Acuerdo leído: 
Ronda de apertura: 
Tema: 
Avisos: 
Próxima sesión: </translation>
        </message>
        <message>
            <source>&amp;Template:</source>
            <translation>&amp;Plantilla:</translation>
        </message>
        <message>
            <source>The text every new note of this group starts with</source>
            <translation>El texto con el que empieza cada nota nueva de este grupo</translation>
        </message>
    </context>
    <context>
        <name>NotesPanel</name>
        <message>
            <source>Session notes</source>
            <translation>Notas de la sesión</translation>
        </message>
        <message>
            <source>Session</source>
            <translation>Sesión</translation>
        </message>
        <message>
            <source>Saving</source>
            <translation>Guardando</translation>
        </message>
        <message>
            <source>Insert initials</source>
            <translation>Insertar iniciales</translation>
        </message>
        <message>
            <source>Puts a member's initials (e.g. “Z.M.”) where you are typing (Ctrl+I)</source>
            <translation>Pone las iniciales de un miembro (p. ej., «Z.M.») donde estás escribiendo (Ctrl+I)</translation>
        </message>
        <message>
            <source>Use te&amp;mplate</source>
            <translation>Usar pla&amp;ntilla</translation>
        </message>
        <message>
            <source>Edit template…</source>
            <translation>Editar plantilla…</translation>
        </message>
        <message>
            <source>Edit template</source>
            <translation>Editar plantilla</translation>
        </message>
        <message>
            <source>The text every new note of this group starts with</source>
            <translation>El texto con el que empieza cada nota nueva de este grupo</translation>
        </message>
        <message>
            <source>Refer to members by their initials, e.g. “Z.M.”: Insert initials (Ctrl+I) adds them for the people at this session.</source>
            <translation>Refiérete a los miembros por sus iniciales, p. ej., «Z.M.»: Insertar iniciales (Ctrl+I) las añade para las personas de esta sesión.</translation>
        </message>
        <message>
            <source>Hint</source>
            <translation>Consejo</translation>
        </message>
        <message>
            <source>No session selected</source>
            <translation>Ninguna sesión elegida</translation>
        </message>
        <message>
            <source>Choose a session on the left to write its note.</source>
            <translation>Elige una sesión a la izquierda para escribir su nota.</translation>
        </message>
        <message>
            <source>A new note, started from the group's template: it saves once you write.</source>
            <translation>Una nota nueva, empezada con la plantilla del grupo: se guarda en cuanto escribes.</translation>
        </message>
        <message>
            <source>No note yet: it saves as you type.</source>
            <translation>Aún no hay nota: se guarda mientras escribes.</translation>
        </message>
        <message>
            <source>Not saved yet: </source>
            <translation>Aún sin guardar: </translation>
        </message>
        <message>
            <source>This group has no note template yet: use Edit template… to write one.</source>
            <translation>Este grupo aún no tiene plantilla de notas: usa Editar plantilla… para escribir una.</translation>
        </message>
        <message>
            <source>The template is already in this note.</source>
            <translation>La plantilla ya está en esta nota.</translation>
        </message>
        <message>
            <source>Note template saved for {group_name}: new notes start from it.</source>
            <translation>Plantilla de notas guardada para {group_name}: las notas nuevas empiezan con ella.</translation>
        </message>
        <message>
            <source>Nobody is on this session's sheet yet</source>
            <translation>Aún no hay nadie en la hoja de esta sesión</translation>
        </message>
        <message>
            <source>No one marked present yet: everyone in the group</source>
            <translation>Todavía nadie marcado presente: todo el grupo</translation>
        </message>
        <message>
            <source>Saving as you type…</source>
            <translation>Guardando mientras escribes…</translation>
        </message>
        <message>
            <source> · {label}</source>
            <translation> · {label}</translation>
        </message>
        <message>
            <source> · {topic}</source>
            <translation> · {topic}</translation>
        </message>
        <message>
            <source>{long_date}{status}{topic}</source>
            <translation>{long_date}{status}{topic}</translation>
        </message>
        <message>
            <source>Adds the group's note template to “Other notes” (Alt+M)</source>
            <translation>Añade la plantilla de notas del grupo a «Otras notas» (Alt+M)</translation>
        </message>
        <message>
            <source>Choose a session first</source>
            <translation>Elige primero una sesión</translation>
        </message>
        <message>
            <source>Use template</source>
            <translation>Usar plantilla</translation>
        </message>
        <message>
            <source>Saved · {clock}</source>
            <translation>Guardado · {clock}</translation>
        </message>
        <message>
            <source>Saved · {short_date}, {clock}</source>
            <translation>Guardado · {short_date}, {clock}</translation>
        </message>
    </context>
    <context>
        <name>OtherPage</name>
        <message>
            <source>Sync with the organisation's server or another data file</source>
            <translation>Sincronizar con el servidor de la organización u otro archivo de datos</translation>
        </message>
        <message>
            <source>Both sides end with the same data: what changed here goes there, and what changed there comes here.</source>
            <translation>Los dos lados terminan con los mismos datos: lo que cambió aquí va allí, y lo que cambió allí viene aquí.</translation>
        </message>
        <message>
            <source>postgresql://user@server/organisation, or a data file</source>
            <translation>postgresql://usuario@servidor/organizacion, o un archivo de datos</translation>
        </message>
        <message>
            <source>Server address or data file</source>
            <translation>Dirección del servidor o archivo de datos</translation>
        </message>
        <message>
            <source>A postgresql:// address, or another Facilitator data file. A password in the address is used but never remembered.</source>
            <translation>Una dirección postgresql:// u otro archivo de datos de Facilitator. Una contraseña en la dirección se usa, pero nunca se recuerda.</translation>
        </message>
        <message>
            <source>B&amp;rowse…</source>
            <translation>E&amp;xaminar…</translation>
        </message>
        <message>
            <source>Choose a data file</source>
            <translation>Elegir un archivo de datos</translation>
        </message>
        <message>
            <source>Choose another Facilitator data file.</source>
            <translation>Elija otro archivo de datos de Facilitator.</translation>
        </message>
        <message>
            <source>S&amp;ync now</source>
            <translation>Sincronizar a&amp;hora</translation>
        </message>
        <message>
            <source>Sync now</source>
            <translation>Sincronizar ahora</translation>
        </message>
        <message>
            <source>Merge this data and the other both ways.</source>
            <translation>Combinar estos datos y los del otro lado en ambos sentidos.</translation>
        </message>
        <message>
            <source>&amp;Other side:</source>
            <translation>&amp;Otro lado:</translation>
        </message>
    </context>
    <context>
        <name>PaperChoice</name>
        <message>
            <source>A4</source>
            <translation>A4</translation>
        </message>
        <message>
            <source>Letter (US)</source>
            <translation>Carta (EE. UU.)</translation>
        </message>
    </context>
    <context>
        <name>PassphraseDialog</name>
        <message>
            <source>Choose a passphrase</source>
            <translation>Elige una frase de contraseña</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>Frase de contraseña</translation>
        </message>
        <message>
            <source>&amp;Passphrase:</source>
            <translation>&amp;Frase de contraseña:</translation>
        </message>
        <message>
            <source>The same passphrase again</source>
            <translation>La misma frase otra vez</translation>
        </message>
        <message>
            <source>The &amp;same again:</source>
            <translation>La &amp;misma otra vez:</translation>
        </message>
        <message>
            <source>&amp;Remember on this computer (no passphrase needed here)</source>
            <translation>&amp;Recordar en este ordenador (aquí no hará falta la frase)</translation>
        </message>
        <message>
            <source>The two passphrases differ. Type the same one twice.</source>
            <translation>Las dos frases no coinciden. Escribe la misma dos veces.</translation>
        </message>
    </context>
    <context>
        <name>Printing</name>
        <message>
            <source>Print {lower}</source>
            <translation>Imprimir {lower}</translation>
        </message>
        <message>
            <source>The printer could not be started. Check that it is switched on and connected, then try again.</source>
            <translation>No se pudo iniciar la impresora. Comprueba que está encendida y conectada, y vuelve a intentarlo.</translation>
        </message>
        <message>
            <source>The printer stopped part-way through. Check it, then print again.</source>
            <translation>La impresora se detuvo a mitad. Revísala y vuelve a imprimir.</translation>
        </message>
    </context>
    <context>
        <name>ProgressRow</name>
        <message>
            <source>&amp;Stop importing</source>
            <translation>&amp;Detener la importación</translation>
        </message>
        <message>
            <source>Stop importing</source>
            <translation>Detener la importación</translation>
        </message>
        <message>
            <source>Stop the import; nothing is imported.</source>
            <translation>Detiene la importación; no se importa nada.</translation>
        </message>
        <message>
            <source>Importing</source>
            <translation>Importando</translation>
        </message>
        <message>
            <source>How much of the import is done.</source>
            <translation>Cuánto de la importación está hecho.</translation>
        </message>
        <message>
            <source>&amp;Stop reading</source>
            <translation>&amp;Detener la lectura</translation>
        </message>
        <message>
            <source>Stop reading the file</source>
            <translation>Detener la lectura del archivo</translation>
        </message>
        <message>
            <source>Stop reading the file; nothing is imported. Press Reload to read it again.</source>
            <translation>Detiene la lectura del archivo; no se importa nada. Pulsa Recargar para leerlo de nuevo.</translation>
        </message>
        <message>
            <source>Reading the file</source>
            <translation>Leyendo el archivo</translation>
        </message>
        <message>
            <source>How much of the file has been read for the preview.</source>
            <translation>Cuánto del archivo se ha leído para la vista previa.</translation>
        </message>
    </context>
    <context>
        <name>QGuiApplication</name>
        <message>
            <source>QT_LAYOUT_DIRECTION</source>
            <translation>LTR</translation>
        </message>
    </context>
    <context>
        <name>RecoveryKeyDialog</name>
        <message>
            <source>Your recovery key</source>
            <translation>Tu clave de recuperación</translation>
        </message>
        <message>
            <source>This recovery key opens your data file, and its backups on another computer, if the passphrase is ever forgotten. It is shown only now: print the sheet or write it down, and keep it somewhere safe, away from this laptop.</source>
            <translation>Esta clave de recuperación abre tu archivo de datos, y sus copias de seguridad en otro ordenador, si alguna vez olvidas la frase de contraseña. Solo se muestra ahora: imprime la hoja o anótala, y guárdala en un lugar seguro, lejos de este portátil.</translation>
        </message>
        <message>
            <source>Recovery key</source>
            <translation>Clave de recuperación</translation>
        </message>
        <message>
            <source>&amp;Print recovery sheet…</source>
            <translation>&amp;Imprimir la hoja de recuperación…</translation>
        </message>
        <message>
            <source>Save the recovery sheet</source>
            <translation>Guardar la hoja de recuperación</translation>
        </message>
        <message>
            <source>recovery-sheet.pdf</source>
            <translation>hoja-de-recuperacion.pdf</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>Archivos PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Recovery sheet</source>
            <translation>Hoja de recuperación</translation>
        </message>
    </context>
    <context>
        <name>Recurrence</name>
        <message>
            <source>Every {day} at {time} ({minutes} min)</source>
            <translation>Cada {day} a las {time} ({minutes} min)</translation>
        </message>
        <message>
            <source>Every other {day} at {time} ({minutes} min)</source>
            <translation>Cada dos semanas, el {day} a las {time} ({minutes} min)</translation>
        </message>
        <message>
            <source>first</source>
            <translation>primer</translation>
        </message>
        <message>
            <source>second</source>
            <translation>segundo</translation>
        </message>
        <message>
            <source>third</source>
            <translation>tercer</translation>
        </message>
        <message>
            <source>fourth</source>
            <translation>cuarto</translation>
        </message>
        <message>
            <source>last</source>
            <translation>último</translation>
        </message>
        <message>
            <source>The {which} {day} of each month at {time} ({minutes} min)</source>
            <translation>El {which} {day} de cada mes a las {time} ({minutes} min)</translation>
        </message>
    </context>
    <context>
        <name>RestoreDialog</name>
        <message>
            <source>Restoring puts your groups, members, sessions and notes back as they were when the backup was made. Your current data is backed up first, so restoring can be undone by restoring that backup.</source>
            <translation>Restaurar devuelve tus grupos, miembros, sesiones y notas a como estaban cuando se hizo la copia. Antes se hace una copia de tus datos actuales, así que restaurar se puede deshacer restaurando esa copia.</translation>
        </message>
        <message>
            <source>Choose a backup in the list (arrow keys or a click), then press Restore.</source>
            <translation>Elige una copia en la lista (con las flechas o un clic) y pulsa Restaurar.</translation>
        </message>
        <message>
            <source>Not checked: cannot be restored</source>
            <translation>Sin comprobar: no se puede restaurar</translation>
        </message>
        <message>
            <source>Checked</source>
            <translation>Comprobada</translation>
        </message>
        <message>
            <source>This backup was never checked, so it may be incomplete or damaged and cannot be restored. Choose a backup marked “Checked”.</source>
            <translation>Esta copia nunca se comprobó, así que puede estar incompleta o dañada y no se puede restaurar. Elige una copia marcada como «Comprobada».</translation>
        </message>
        <message>
            <source>This backup file has changed since it was checked, so it may be damaged and cannot be restored. Choose a backup marked “Checked”.</source>
            <translation>Este archivo de copia ha cambiado desde que se comprobó, así que puede estar dañado y no se puede restaurar. Elige una copia marcada como «Comprobada».</translation>
        </message>
        <message>
            <source>Restore the backup from {label} ({reason_label})? Your data as it is now will be backed up first, then replaced by that backup.</source>
            <translation>¿Restaurar la copia de seguridad del {label} ({reason_label})? Antes se hará una copia de tus datos actuales, que luego se sustituirán por esa copia.</translation>
        </message>
        <message>
            <source> They are kept in {backups_dir}.</source>
            <translation> Se guardan en {backups_dir}.</translation>
        </message>
        <message>
            <source> They are kept in the backups folder beside your data.</source>
            <translation> Se guardan en la carpeta de copias, junto a tus datos.</translation>
        </message>
        <message>
            <source>There are no backups yet. Facilitator makes one when you close the app, and every 30 minutes while you make changes; each will appear in this list.</source>
            <translation>Aún no hay copias de seguridad. Facilitator hace una al cerrar la aplicación, y cada 30 minutos mientras haces cambios; cada una aparecerá en esta lista.</translation>
        </message>
        <message>
            <source>Restore from a backup</source>
            <translation>Restaurar desde una copia de seguridad</translation>
        </message>
        <message>
            <source>Backups</source>
            <translation>Copias de seguridad</translation>
        </message>
        <message>
            <source>Each row is one backup: when and why it was made, and what it holds. Use the arrow keys to choose one.</source>
            <translation>Cada fila es una copia: cuándo y por qué se hizo, y qué contiene. Usa las flechas para elegir una.</translation>
        </message>
        <message>
            <source>&amp;Backups, newest first:</source>
            <translation>&amp;Copias, de la más reciente a la más antigua:</translation>
        </message>
        <message>
            <source>&amp;Restore</source>
            <translation>&amp;Restaurar</translation>
        </message>
        <message>
            <source>Back up your current data, then put the chosen backup in its place.</source>
            <translation>Hace una copia de tus datos actuales y luego pone la copia elegida en su lugar.</translation>
        </message>
        <message>
            <source>Close without restoring anything (Esc).</source>
            <translation>Cerrar sin restaurar nada (Esc).</translation>
        </message>
        <message>
            <source>None of these backups passed its check, so none can be restored. Keep using your current data; a new backup is made when you close the app.</source>
            <translation>Ninguna de estas copias pasó su comprobación, así que no se puede restaurar ninguna. Sigue usando tus datos actuales; al cerrar la aplicación se hace una copia nueva.</translation>
        </message>
    </context>
    <context>
        <name>RosterModel</name>
        <message>
            <source> (left {day_date})</source>
            <translation> (se fue el {day_date})</translation>
        </message>
        <message>
            <source>Not yet</source>
            <translation>Todavía no</translation>
        </message>
        <message>
            <source>{sessions_attended} of {sessions_recorded}</source>
            <translation>{sessions_attended} de {sessions_recorded}</translation>
        </message>
        <message>
            <source>Joined on {long_date}</source>
            <translation>Se unió el {long_date}</translation>
        </message>
        <message>
            <source>Last came on {long_date}</source>
            <translation>Vino por última vez el {long_date}</translation>
        </message>
        <message>
            <source>Came to {sessions_attended} of the {sessions_recorded} sessions recorded for them ({rate_text})</source>
            <translation>Vino a {sessions_attended} de las {sessions_recorded} sesiones registradas para esta persona ({rate_text})</translation>
        </message>
    </context>
    <context>
        <name>RosterPanel</name>
        <message>
            <source>Roster</source>
            <translation>Miembros</translation>
        </message>
        <message>
            <source>Type to filter by name</source>
            <translation>Escribe para filtrar por nombre</translation>
        </message>
        <message>
            <source>Filter the roster</source>
            <translation>Filtrar la lista de miembros</translation>
        </message>
        <message>
            <source>Shows only members whose name contains what you type (Ctrl+F)</source>
            <translation>Muestra solo los miembros cuyo nombre contiene lo que escribes (Ctrl+F)</translation>
        </message>
        <message>
            <source>Show former mem&amp;bers</source>
            <translation>Mostrar antiguos miem&amp;bros</translation>
        </message>
        <message>
            <source>Show former members</source>
            <translation>Mostrar antiguos miembros</translation>
        </message>
        <message>
            <source>Also list people who have left the group; their history stays</source>
            <translation>Incluye también a quienes dejaron el grupo; su historial se conserva</translation>
        </message>
        <message>
            <source>Members of the group</source>
            <translation>Miembros del grupo</translation>
        </message>
        <message>
            <source>Enter edits the selected member</source>
            <translation>Intro edita al miembro elegido</translation>
        </message>
        <message>
            <source>A&amp;dd member…</source>
            <translation>Aña&amp;dir miembro…</translation>
        </message>
        <message>
            <source>Add someone to this group (only a name is needed)</source>
            <translation>Añade a alguien a este grupo (solo hace falta un nombre)</translation>
        </message>
        <message>
            <source>Edi&amp;t…</source>
            <translation>Edi&amp;tar…</translation>
        </message>
        <message>
            <source>Edit the selected member's details (Enter)</source>
            <translation>Edita los datos del miembro elegido (Intro)</translation>
        </message>
        <message>
            <source>&amp;Leave group…</source>
            <translation>&amp;Dejar el grupo…</translation>
        </message>
        <message>
            <source>The selected member leaves this group; their history stays</source>
            <translation>El miembro elegido deja este grupo; su historial se conserva</translation>
        </message>
        <message>
            <source> sessions</source>
            <translation> sesiones</translation>
        </message>
        <message>
            <source>Missed at least this many sessions</source>
            <translation>Faltó al menos a este número de sesiones</translation>
        </message>
        <message>
            <source>How many of the group's latest sessions someone missed</source>
            <translation>A cuántas de las últimas sesiones del grupo faltó alguien</translation>
        </message>
        <message>
            <source>Members who missed the latest sessions</source>
            <translation>Miembros que faltaron a las últimas sesiones</translation>
        </message>
        <message>
            <source>Current members who missed each of the latest sessions: perhaps a caring phone call</source>
            <translation>Miembros actuales que faltaron a cada una de las últimas sesiones: quizá una llamada cariñosa</translation>
        </message>
        <message>
            <source>Not seen lately</source>
            <translation>Hace tiempo que no vienen</translation>
        </message>
        <message>
            <source>&amp;Missed the last</source>
            <translation>&amp;Faltaron a las últimas</translation>
        </message>
        <message>
            <source>Leave the group</source>
            <translation>Dejar el grupo</translation>
        </message>
        <message>
            <source>{preferred_name} will leave {name} from today.

Their attendance and check-ins stay in the group's history.</source>
            <translation>{preferred_name} dejará {name} a partir de hoy.

Su asistencia y sus check-ins se quedan en el historial del grupo.</translation>
        </message>
        <message>
            <source>The group has held fewer than {count} sessions so far.</source>
            <translation>Hasta ahora el grupo ha celebrado menos de {count} sesiones.</translation>
        </message>
        <message>
            <source>Everyone came to at least one of the last {count} sessions.</source>
            <translation>Todas las personas vinieron al menos a una de las últimas {count} sesiones.</translation>
        </message>
    </context>
    <context>
        <name>ScheduleDialog</name>
        <message>
            <source>Schedule sessions for {name}</source>
            <translation>Programar sesiones de {name}</translation>
        </message>
        <message>
            <source>Schedule</source>
            <translation>Programar</translation>
        </message>
        <message>
            <source>Add the sessions listed as planned sessions.</source>
            <translation>Añade las sesiones de la lista como sesiones previstas.</translation>
        </message>
        <message>
            <source>Usual pattern: {describe}.</source>
            <translation>Ritmo habitual: {describe}.</translation>
        </message>
        <message>
            <source>&amp;How many sessions</source>
            <translation>&amp;Cuántas sesiones</translation>
        </message>
        <message>
            <source>How many new sessions to add (1 to {MAX_SESSIONS}).</source>
            <translation>Cuántas sesiones nuevas añadir (de 1 a {MAX_SESSIONS}).</translation>
        </message>
        <message>
            <source>&amp;Starting</source>
            <translation>&amp;Empezando</translation>
        </message>
        <message>
            <source>The first date to consider. Earlier dates are left alone. It may be before the group's start date, to add sessions held before you used the app.</source>
            <translation>La primera fecha que se tiene en cuenta. Las fechas anteriores no se tocan. Puede ser anterior a la fecha de inicio del grupo, para añadir sesiones celebradas antes de usar la aplicación.</translation>
        </message>
        <message>
            <source>Sessions to be &amp;added</source>
            <translation>Sesiones que se &amp;añadirán</translation>
        </message>
        <message>
            <source>The dates that will be added. Skipped dates and dates that already have a session are shown greyed and are not added.</source>
            <translation>Las fechas que se añadirán. Las fechas saltadas y las que ya tienen sesión aparecen en gris y no se añaden.</translation>
        </message>
        <message>
            <source>No dates to add.</source>
            <translation>No hay fechas que añadir.</translation>
        </message>
        <message>
            <source>{format_day} (already scheduled)</source>
            <translation>{format_day} (ya programada)</translation>
        </message>
        <message>
            <source>{format_day} (skipped)</source>
            <translation>{format_day} (saltada)</translation>
        </message>
        <message>
            <source>1 session will be added, on {format_day}.</source>
            <translation>Se añadirá 1 sesión, el {format_day}.</translation>
        </message>
        <message>
            <source>{count} sessions will be added, from {format_day} to {format_day2}.</source>
            <translation>Se añadirán {count} sesiones, del {format_day} al {format_day2}.</translation>
        </message>
        <message>
            <source>It is</source>
            <translation>Es</translation>
        </message>
        <message>
            <source>All are</source>
            <translation>Todas son</translation>
        </message>
        <message>
            <source>{earlier} are</source>
            <translation>{earlier} son</translation>
        </message>
        <message>
            <source> {which} before the group's start date ({format_day}): for sessions held before you used the app.</source>
            <translation> {which} anteriores a la fecha de inicio del grupo ({format_day}): para sesiones celebradas antes de usar la aplicación.</translation>
        </message>
    </context>
    <context>
        <name>ScoreValidator</name>
        <message>
            <source>{label} takes a number from {minimum} to {maximum}.</source>
            <translation>{label} admite un número de {minimum} a {maximum}.</translation>
        </message>
    </context>
    <context>
        <name>ScreenLock</name>
        <message numerus="yes">
            <source>%n second(s)</source>
            <translation>
                <numerusform>%n segundo</numerusform>
                <numerusform>%n segundos</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Lock</source>
            <translation>&amp;Bloquear</translation>
        </message>
        <message>
            <source>Lock the window: hide everything until the passphrase is typed</source>
            <translation>Bloquea la ventana: oculta todo hasta que se escriba la frase de contraseña</translation>
        </message>
        <message>
            <source>Lock a&amp;fter…</source>
            <translation>Bloquear tr&amp;as…</translation>
        </message>
        <message>
            <source>How many idle minutes before the window locks itself</source>
            <translation>Cuántos minutos de inactividad antes de que la ventana se bloquee sola</translation>
        </message>
        <message>
            <source>{APP_NAME}: lock after</source>
            <translation>{APP_NAME}: bloquear tras</translation>
        </message>
        <message>
            <source>Lock the window after this many minutes without use
(0: only when you press Ctrl+L):</source>
            <translation>Bloquear la ventana tras estos minutos sin uso
(0: solo cuando pulses Ctrl+L):</translation>
        </message>
        <message>
            <source>1 wrong try</source>
            <translation>1 intento fallido</translation>
        </message>
        <message>
            <source>{failures} wrong tries in a row</source>
            <translation>{failures} intentos fallidos seguidos</translation>
        </message>
        <message>
            <source>That passphrase is not right ({tries}). Wait {seconds} before the next try.</source>
            <translation>Esa frase de contraseña no es correcta ({tries}). Espera {seconds} antes de volver a intentarlo.</translation>
        </message>
        <message>
            <source>Type your passphrase again and press Enter.</source>
            <translation>Vuelve a escribir tu frase de contraseña y pulsa Intro.</translation>
        </message>
    </context>
    <context>
        <name>ScrubPreview</name>
        <message>
            <source>What will leave</source>
            <translation>Qué saldrá</translation>
        </message>
        <message>
            <source>The free text going into the document, one passage a line, as it will read; names replaced at the chosen level are between « and »</source>
            <translation>El texto libre que entra en el documento, un fragmento por línea, tal como se leerá; los nombres sustituidos según el nivel elegido van entre « y »</translation>
        </message>
        <message>
            <source>No preview: {message}</source>
            <translation>Sin vista previa: {message}</translation>
        </message>
        <message>
            <source>{field}: {marked}</source>
            <translation>{field}: {marked}</translation>
        </message>
        <message numerus="yes">
            <source>%n name(s) replaced</source>
            <translation>
                <numerusform>%n nombre sustituido</numerusform>
                <numerusform>%n nombres sustituidos</numerusform>
            </translation>
        </message>
        <message>
            <source>… and {value} more</source>
            <translation>… y {value} más</translation>
        </message>
    </context>
    <context>
        <name>SessionDialog</name>
        <message>
            <source>New session for {name}</source>
            <translation>Nueva sesión de {name}</translation>
        </message>
        <message>
            <source>Add session</source>
            <translation>Añadir sesión</translation>
        </message>
        <message>
            <source>Add this session as a planned session.</source>
            <translation>Añade esta sesión como sesión prevista.</translation>
        </message>
        <message>
            <source>&amp;Date</source>
            <translation>&amp;Fecha</translation>
        </message>
        <message>
            <source>The day of the session.</source>
            <translation>El día de la sesión.</translation>
        </message>
        <message>
            <source>&amp;Start</source>
            <translation>&amp;Inicio</translation>
        </message>
        <message>
            <source>The time the session starts (24-hour clock).</source>
            <translation>La hora a la que empieza la sesión (reloj de 24 horas).</translation>
        </message>
        <message>
            <source>&amp;End</source>
            <translation>&amp;Fin</translation>
        </message>
        <message>
            <source>The time the session ends; it must be after the start.</source>
            <translation>La hora a la que termina la sesión; debe ser después del inicio.</translation>
        </message>
        <message>
            <source>Optional, for example: Sleep and winding down</source>
            <translation>Opcional, por ejemplo: El sueño y cómo relajarse</translation>
        </message>
        <message>
            <source>&amp;Topic</source>
            <translation>&amp;Tema</translation>
        </message>
        <message>
            <source>What the main part of the session is about. Optional.</source>
            <translation>De qué trata la parte principal de la sesión. Opcional.</translation>
        </message>
        <message>
            <source>Where the session takes place</source>
            <translation>Dónde tiene lugar la sesión</translation>
        </message>
        <message>
            <source>&amp;Venue</source>
            <translation>&amp;Lugar</translation>
        </message>
        <message>
            <source>Where the session takes place; the group's venue by default.</source>
            <translation>Dónde tiene lugar la sesión; por defecto, el lugar del grupo.</translation>
        </message>
        <message>
            <source>Optional: who is running it with you</source>
            <translation>Opcional: quién la dirige contigo</translation>
        </message>
        <message>
            <source>&amp;Co-facilitators</source>
            <translation>&amp;Cofacilitadores</translation>
        </message>
        <message>
            <source>Who is running the session with you. Optional.</source>
            <translation>Quién dirige la sesión contigo. Opcional.</translation>
        </message>
        <message>
            <source>The session must end after it starts.</source>
            <translation>La sesión debe terminar después de empezar.</translation>
        </message>
    </context>
    <context>
        <name>SessionListModel</name>
        <message>
            <source>{date}, {status}</source>
            <translation>{date}, {status}</translation>
        </message>
        <message>
            <source>
Topic: {topic}</source>
            <translation>
Tema: {topic}</translation>
        </message>
        <message>
            <source>{long_date} — {label}{topic}</source>
            <translation>{long_date} — {label}{topic}</translation>
        </message>
        <message>
            <source>today</source>
            <translation>hoy</translation>
        </message>
        <message>
            <source>not recorded</source>
            <translation>sin registrar</translation>
        </message>
    </context>
    <context>
        <name>SessionSummary</name>
        <message>
            <source>Session summary</source>
            <translation>Resumen de la sesión</translation>
        </message>
        <message>
            <source>Not shown (headcount only)</source>
            <translation>No se muestra (solo recuento)</translation>
        </message>
        <message>
            <source>Group</source>
            <translation>Grupo</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <source>Venue</source>
            <translation>Lugar</translation>
        </message>
        <message>
            <source>Topic</source>
            <translation>Tema</translation>
        </message>
        <message>
            <source>No set topic</source>
            <translation>Sin tema fijado</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Co-facilitators</source>
            <translation>Cofacilitadores</translation>
        </message>
        <message>
            <source>None recorded</source>
            <translation>Ninguno registrado</translation>
        </message>
        <message>
            <source>Attendance</source>
            <translation>Asistencia</translation>
        </message>
        <message>
            <source>This session is marked '{status}', so no attendance was recorded.</source>
            <translation>Esta sesión está marcada como «{status}», así que no se registró asistencia.</translation>
        </message>
        <message>
            <source>Present</source>
            <translation>Presente</translation>
        </message>
        <message>
            <source>Late</source>
            <translation>Tarde</translation>
        </message>
        <message>
            <source>Left early</source>
            <translation>Se fue antes</translation>
        </message>
        <message>
            <source>Excused</source>
            <translation>Excusado</translation>
        </message>
        <message>
            <source>Absent</source>
            <translation>Ausente</translation>
        </message>
        <message>
            <source>Not recorded</source>
            <translation>Sin registrar</translation>
        </message>
        <message>
            <source>Visitors</source>
            <translation>Visitas</translation>
        </message>
        <message>
            <source>In the room</source>
            <translation>En la sala</translation>
        </message>
        <message>
            <source>Visitors are counted only, never named. 'In the room' counts members who came (present, late or left early) and visitors.</source>
            <translation>A los visitantes solo se les cuenta, nunca se les nombra. «En la sala» cuenta a los miembros que vinieron (presentes, tarde o se fueron antes) y a los visitantes.</translation>
        </message>
        <message>
            <source>Who came</source>
            <translation>Quién vino</translation>
        </message>
        <message>
            <source>Sent apologies:</source>
            <translation>Se excusaron:</translation>
        </message>
        <message>
            <source>Handouts given</source>
            <translation>Folletos entregados</translation>
        </message>
        <message>
            <source>No handouts were recorded for this session.</source>
            <translation>No se registró ningún folleto para esta sesión.</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notas</translation>
        </message>
        <message>
            <source>No note was written for this session.</source>
            <translation>No se escribió ninguna nota para esta sesión.</translation>
        </message>
        <message>
            <source>Names shown as: {level}. Produced {date} from the group's records.</source>
            <translation>Nombres mostrados como: {level}. Generado el {date} a partir de los registros del grupo.</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Took part</source>
            <translation>Participó</translation>
        </message>
        <message>
            <source>Check-in round</source>
            <translation>Ronda de check-in</translation>
        </message>
        <message>
            <source>No check-ins were recorded at this session.</source>
            <translation>No se registró ningún check-in en esta sesión.</translation>
        </message>
        <message>
            <source>{name}, {low} to {high}</source>
            <translation>{name}, de {low} a {high}</translation>
        </message>
        <message>
            <source>Unknown check-in</source>
            <translation>Check-in desconocido</translation>
        </message>
        <message>
            <source>{average} of {most} ({share}%), lowest {lowest}, highest {highest}</source>
            <translation>{average} de {most} ({share} %), mínimo {lowest}, máximo {highest}</translation>
        </message>
        <message>
            <source>Left out (headcount only)</source>
            <translation>Se deja fuera (solo recuento)</translation>
        </message>
        <message>
            <source>Check-in</source>
            <translation>Check-in</translation>
        </message>
        <message>
            <source>Check-ins</source>
            <translation>Check-ins</translation>
        </message>
        <message numerus="yes">
            <source>%n recorded</source>
            <translation>
                <numerusform>%n registrado</numerusform>
                <numerusform>%n registrados</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n with a score</source>
            <translation>
                <numerusform>%n con puntuación</numerusform>
                <numerusform>%n con puntuación</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n pass(es)</source>
            <translation>
                <numerusform>%n pase</numerusform>
                <numerusform>%n pases</numerusform>
            </translation>
        </message>
        <message>
            <source>Average</source>
            <translation>Media</translation>
        </message>
        <message>
            <source>Follow-up flags</source>
            <translation>Avisos de seguimiento</translation>
        </message>
        <message>
            <source>{flags}: a suggestion to offer a quiet, private word; never a diagnosis</source>
            <translation>{flags}: una sugerencia para ofrecer una palabra tranquila en privado; nunca un diagnóstico</translation>
        </message>
        <message>
            <source>None</source>
            <translation>Ninguno</translation>
        </message>
        <message>
            <source>Words shared</source>
            <translation>Palabras compartidas</translation>
        </message>
        <message>
            <source>Also recorded</source>
            <translation>También registrado</translation>
        </message>
        <message numerus="yes">
            <source>%n check-in(s) with another instrument, not included above</source>
            <translation>
                <numerusform>%n check-in con otro instrumento, no incluido arriba</numerusform>
                <numerusform>%n check-ins con otro instrumento, no incluidos arriba</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SessionTabsWindow</name>
        <message>
            <source>Check-ins</source>
            <translation>Check-ins</translation>
        </message>
        <message>
            <source>Session notes</source>
            <translation>Notas de la sesión</translation>
        </message>
        <message>
            <source>Handouts</source>
            <translation>Folletos</translation>
        </message>
    </context>
    <context>
        <name>ShortcutsDialog</name>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Atajos de teclado</translation>
        </message>
        <message>
            <source>Keys</source>
            <translation>Teclas</translation>
        </message>
        <message>
            <source>What it does</source>
            <translation>Qué hace</translation>
        </message>
        <message>
            <source>Each row is a key combination and what it does. Use the arrow keys to read them.</source>
            <translation>Cada fila es una combinación de teclas y lo que hace. Usa las flechas para leerlas.</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <source>Close this list (Esc).</source>
            <translation>Cerrar esta lista (Esc).</translation>
        </message>
    </context>
    <context>
        <name>SignInSheet</name>
        <message>
            <source>Sign-in sheet</source>
            <translation>Hoja de firmas</translation>
        </message>
        <message>
            <source>{group}, from {date}</source>
            <translation>{group}, desde el {date}</translation>
        </message>
        <message>
            <source>{first} to {last}</source>
            <translation>del {first} al {last}</translation>
        </message>
        <message>
            <source>Please tick the box under today's date, or sign it. New here? Write your first name in an empty row. Visitors who prefer not to sign in are counted by the facilitator.</source>
            <translation>Marca la casilla bajo la fecha de hoy, o fírmala. ¿Es tu primera vez? Escribe tu nombre en una fila vacía. A los visitantes que prefieran no firmar los cuenta la persona facilitadora.</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Visitors (headcount)</source>
            <translation>Visitantes (recuento)</translation>
        </message>
        <message>
            <source>Total in the room</source>
            <translation>Total en la sala</translation>
        </message>
    </context>
    <context>
        <name>StatusDelegate</name>
        <message>
            <source>Attendance status</source>
            <translation>Estado de asistencia</translation>
        </message>
        <message>
            <source>Choose how this member took part</source>
            <translation>Elige cómo participó este miembro</translation>
        </message>
        <message>
            <source>{label}  ({value})</source>
            <translation>{label}  ({value})</translation>
        </message>
    </context>
    <context>
        <name>StoreKeys</name>
        <message>
            <source>{path} was not opened: it is encrypted and no passphrase was given. The file was not changed.</source>
            <translation>{path} no se abrió: está cifrado y no se dio ninguna frase de contraseña. El archivo no se modificó.</translation>
        </message>
        <message>
            <source>Type the passphrase of {name} to open it.</source>
            <translation>Escribe la frase de contraseña de {name} para abrirlo.</translation>
        </message>
        <message>
            <source>Choose a passphrase for the new data file {name}. It is needed to open the file; a recovery key is shown next in case it is ever forgotten.</source>
            <translation>Elige una frase de contraseña para el nuevo archivo de datos {name}. Se necesita para abrir el archivo; después se muestra una clave de recuperación por si alguna vez se olvida.</translation>
        </message>
        <message>
            <source>No passphrase was chosen, so no data file was made at {path}.</source>
            <translation>No se eligió ninguna frase de contraseña, así que no se creó ningún archivo de datos en {path}.</translation>
        </message>
        <message>
            <source>{APP_NAME}: encrypt this data file?</source>
            <translation>{APP_NAME}: ¿cifrar este archivo de datos?</translation>
        </message>
        <message>
            <source>{name} was saved by an earlier version of Facilitator, without encryption: anyone with a copy can read it. Encrypt it now? A backup is made first, and its older backups are encrypted too.</source>
            <translation>{name} se guardó con una versión anterior de Facilitator, sin cifrar: cualquiera con una copia puede leerlo. ¿Cifrarlo ahora? Antes se hace una copia de seguridad, y sus copias anteriores también se cifran.</translation>
        </message>
        <message>
            <source>Choose a passphrase for {name}.</source>
            <translation>Elige una frase de contraseña para {name}.</translation>
        </message>
        <message>
            <source>The passphrase was changed, for the data file and its backups. The recovery key stays the same.</source>
            <translation>Se cambió la frase de contraseña del archivo de datos y sus copias. La clave de recuperación sigue siendo la misma.</translation>
        </message>
    </context>
    <context>
        <name>StoreSafety</name>
        <message>
            <source>&amp;Restore from backup…</source>
            <translation>&amp;Restaurar desde una copia…</translation>
        </message>
        <message>
            <source>Put the data file back as it was at an earlier backup</source>
            <translation>Devuelve el archivo de datos a como estaba en una copia anterior</translation>
        </message>
        <message>
            <source>&amp;Import members…</source>
            <translation>&amp;Importar miembros…</translation>
        </message>
        <message>
            <source>Add members from a CSV file (Google Contacts, Outlook, or a sheet)</source>
            <translation>Añade miembros desde un archivo CSV (Google Contacts, Outlook o una hoja)</translation>
        </message>
        <message>
            <source>Change &amp;passphrase…</source>
            <translation>Cambiar la &amp;frase de contraseña…</translation>
        </message>
        <message>
            <source>Set a new passphrase for this data file (or reset it with the recovery key)</source>
            <translation>Pon una frase de contraseña nueva para este archivo de datos (o restablécela con la clave de recuperación)</translation>
        </message>
        <message>
            <source>Passphrase changed</source>
            <translation>Frase de contraseña cambiada</translation>
        </message>
        <message>
            <source>Sample data is not backed up: it is thrown away when you close it.</source>
            <translation>Los datos de ejemplo no tienen copia de seguridad: se descartan al cerrarlos.</translation>
        </message>
        <message>
            <source>Backup written and checked: {path}</source>
            <translation>Copia de seguridad escrita y comprobada: {path}</translation>
        </message>
        <message>
            <source>The automatic backup did not work: {message}</source>
            <translation>La copia de seguridad automática no funcionó: {message}</translation>
        </message>
        <message>
            <source>Automatic backup written and checked</source>
            <translation>Copia de seguridad automática escrita y comprobada</translation>
        </message>
        <message>
            <source>{APP_NAME}: the closing backup was not made</source>
            <translation>{APP_NAME}: no se hizo la copia de seguridad al cerrar</translation>
        </message>
        <message>
            <source> Your data as it was just before is kept in {safety_backup}.</source>
            <translation> Tus datos tal como estaban justo antes se guardan en {safety_backup}.</translation>
        </message>
        <message>
            <source>The data file was restored from the backup.{where}</source>
            <translation>El archivo de datos se restauró desde la copia de seguridad.{where}</translation>
        </message>
    </context>
    <context>
        <name>SubmitDialog</name>
        <message>
            <source>Problem</source>
            <translation>Problema</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Close without saving anything (Esc).</source>
            <translation>Cerrar sin guardar nada (Esc).</translation>
        </message>
        <message>
            <source>Someone else saved changes to this while you were editing it (at another computer, or in a sync). Your changes have not been saved yet.</source>
            <translation>Otra persona guardó cambios en esto mientras lo editaba (en otro ordenador o en una sincronización). Sus cambios aún no se han guardado.</translation>
        </message>
        <message>
            <source>Reload shows their version instead of yours. Save mine replaces theirs with what you typed. Keep editing goes back to the form.</source>
            <translation>Recargar muestra la versión de la otra persona en lugar de la suya. Guardar la mía sustituye la de la otra persona por lo que usted escribió. Seguir editando vuelve al formulario.</translation>
        </message>
        <message>
            <source>&amp;Reload</source>
            <translation>&amp;Recargar</translation>
        </message>
        <message>
            <source>&amp;Save mine</source>
            <translation>&amp;Guardar la mía</translation>
        </message>
        <message>
            <source>&amp;Keep editing</source>
            <translation>&amp;Seguir editando</translation>
        </message>
        <message>
            <source>Their version is shown now. Make your changes again if they are still needed.</source>
            <translation>Ahora se muestra la versión de la otra persona. Vuelva a hacer sus cambios si todavía hacen falta.</translation>
        </message>
        <message>
            <source>Not saved yet: someone else changed this meanwhile.</source>
            <translation>Aún no se ha guardado: otra persona lo cambió mientras tanto.</translation>
        </message>
    </context>
    <context>
        <name>SyncActions</name>
        <message>
            <source>S&amp;ync…</source>
            <translation>Sincroni&amp;zar…</translation>
        </message>
        <message>
            <source>Sync with the organisation's server, another data file, or a bundle</source>
            <translation>Sincronizar con el servidor de la organización, otro archivo de datos o un paquete</translation>
        </message>
        <message>
            <source>Last synced</source>
            <translation>Última sincronización</translation>
        </message>
        <message>
            <source>Not synced yet</source>
            <translation>Aún sin sincronizar</translation>
        </message>
        <message>
            <source>Last synced: {when}</source>
            <translation>Última sincronización: {when}</translation>
        </message>
    </context>
    <context>
        <name>SyncConflictModel</name>
        <message>
            <source>Session note, {date} ({group}): {section}</source>
            <translation>Nota de la sesión, {date} ({group}): {section}</translation>
        </message>
        <message>
            <source>{table}, record {row}: {column}</source>
            <translation>{table}, registro {row}: {column}</translation>
        </message>
        <message>
            <source>{what}. Press Enter to open it and keep the text you want; the conflict is settled when the markers are gone.</source>
            <translation>{what}. Pulse Intro para abrirla y conservar el texto que quiera; el conflicto queda resuelto cuando desaparecen las marcas.</translation>
        </message>
    </context>
    <context>
        <name>SyncDialog</name>
        <message numerus="yes">
            <source>%n conflict(s) to settle: press Enter on one to open that session's no&amp;tes.</source>
            <translation>
                <numerusform>%n conflicto por resolver: pulse Intro en él para abrir las no&amp;tas de esa sesión.</numerusform>
                <numerusform>%n conflictos por resolver: pulse Intro en uno para abrir las no&amp;tas de esa sesión.</numerusform>
            </translation>
        </message>
        <message>
            <source>Sync</source>
            <translation>Sincronizar</translation>
        </message>
        <message>
            <source>Ways to sync</source>
            <translation>Formas de sincronizar</translation>
        </message>
        <message>
            <source>&amp;Server or data file</source>
            <translation>&amp;Servidor o archivo de datos</translation>
        </message>
        <message>
            <source>&amp;Bundle (USB stick)</source>
            <translation>&amp;Paquete (memoria USB)</translation>
        </message>
        <message>
            <source>Sync progress</source>
            <translation>Avance de la sincronización</translation>
        </message>
        <message>
            <source>How much of the sync is done.</source>
            <translation>Cuánto de la sincronización está hecho.</translation>
        </message>
        <message>
            <source>&amp;Cancel</source>
            <translation>&amp;Cancelar</translation>
        </message>
        <message>
            <source>Cancel the sync</source>
            <translation>Cancelar la sincronización</translation>
        </message>
        <message>
            <source>Stop the sync; nothing is changed in either place.</source>
            <translation>Detener la sincronización; no se cambia nada en ningún lado.</translation>
        </message>
        <message>
            <source>What the sync did</source>
            <translation>Lo que hizo la sincronización</translation>
        </message>
        <message>
            <source>People possibly added twice</source>
            <translation>Personas quizá añadidas dos veces</translation>
        </message>
        <message>
            <source>Conflicts to settle</source>
            <translation>Conflictos por resolver</translation>
        </message>
        <message>
            <source>Sections written on two computers at once. Press Enter to open one.</source>
            <translation>Secciones escritas en dos ordenadores a la vez. Pulse Intro para abrir una.</translation>
        </message>
        <message>
            <source>No conflicts to settle.</source>
            <translation>No hay conflictos por resolver.</translation>
        </message>
        <message>
            <source>Working…</source>
            <translation>Trabajando…</translation>
        </message>
        <message>
            <source>Choose a data file</source>
            <translation>Elegir un archivo de datos</translation>
        </message>
        <message>
            <source>Facilitator data (*.sqlite3);;All files (*)</source>
            <translation>Datos de Facilitator (*.sqlite3);;Todos los archivos (*)</translation>
        </message>
        <message>
            <source>Type a server address or choose a data file first.</source>
            <translation>Escriba primero la dirección de un servidor o elija un archivo de datos.</translation>
        </message>
        <message>
            <source>There is no data file at {path}. Choose another file; nothing was changed.</source>
            <translation>No hay ningún archivo de datos en {path}. Elija otro archivo; no se cambió nada.</translation>
        </message>
        <message>
            <source>That is the data file this window has open. Choose another data file or the server; nothing was changed.</source>
            <translation>Ese es el archivo de datos que esta ventana tiene abierto. Elija otro archivo de datos o el servidor; no se cambió nada.</translation>
        </message>
        <message>
            <source>Choose the organisation key file first, or make a new one.</source>
            <translation>Elija primero el archivo de la clave de la organización, o cree una nueva.</translation>
        </message>
        <message>
            <source>Choose the organisation key</source>
            <translation>Elegir la clave de la organización</translation>
        </message>
        <message>
            <source>Organisation keys (*.key);;All files (*)</source>
            <translation>Claves de la organización (*.key);;Todos los archivos (*)</translation>
        </message>
        <message>
            <source>Save the new organisation key</source>
            <translation>Guardar la nueva clave de la organización</translation>
        </message>
        <message>
            <source>Organisation key written to {path} (readable by you only). Copy it only to your organisation's laptops: anyone holding it can read the bundles.</source>
            <translation>Clave de la organización escrita en {path} (solo usted puede leerla). Cópiela solo en los portátiles de su organización: quien la tenga puede leer los paquetes.</translation>
        </message>
        <message>
            <source>Save the bundle as</source>
            <translation>Guardar el paquete como</translation>
        </message>
        <message>
            <source>Facilitator bundles (*.fsync);;All files (*)</source>
            <translation>Paquetes de Facilitator (*.fsync);;Todos los archivos (*)</translation>
        </message>
        <message>
            <source>Choose the bundle</source>
            <translation>Elegir el paquete</translation>
        </message>
        <message>
            <source>Choose the bundle file first.</source>
            <translation>Elija primero el archivo del paquete.</translation>
        </message>
        <message>
            <source>Stopping…</source>
            <translation>Deteniendo…</translation>
        </message>
    </context>
    <context>
        <name>SyncWording</name>
        <message>
            <source>Sync cancelled; nothing was changed.</source>
            <translation>Sincronización cancelada; no se cambió nada.</translation>
        </message>
        <message>
            <source>The sync stopped because of an unexpected problem, so nothing was changed. It has been written to the log; try again.</source>
            <translation>La sincronización se detuvo por un problema inesperado, así que no se cambió nada. Quedó anotado en el registro; inténtelo de nuevo.</translation>
        </message>
        <message>
            <source>{added} added, {updated} updated, {unchanged} unchanged, {conflicts} in conflict</source>
            <translation>{added} añadidas, {updated} actualizadas, {unchanged} sin cambios, {conflicts} en conflicto</translation>
        </message>
        <message>
            <source>Synced with {other}.</source>
            <translation>Sincronizado con {other}.</translation>
        </message>
        <message>
            <source>Came in here: {counts}.</source>
            <translation>Llegó aquí: {counts}.</translation>
        </message>
        <message>
            <source>Went to the other side: {counts}.</source>
            <translation>Fue al otro lado: {counts}.</translation>
        </message>
        <message>
            <source>the changes since the last bundle</source>
            <translation>los cambios desde el último paquete</translation>
        </message>
        <message>
            <source>everything in this data</source>
            <translation>todo lo que hay en estos datos</translation>
        </message>
        <message>
            <source>Bundle written to {path}: {what}, {rows}, encrypted with the organisation key.</source>
            <translation>Paquete escrito en {path}: {what}, {rows}, cifrado con la clave de la organización.</translation>
        </message>
        <message>
            <source>Imported {name}: {counts}.</source>
            <translation>Importado {name}: {counts}.</translation>
        </message>
        <message>
            <source>Sections written on two computers at once now hold both texts between markers; open each one below and keep what you want.</source>
            <translation>Las secciones escritas en dos ordenadores a la vez contienen ahora los dos textos entre marcas; abra cada una abajo y conserve lo que quiera.</translation>
        </message>
        <message>
            <source>Possibly the same person, added on two computers: {names}. If so, merge them on the Roster (Merge with…, Ctrl+Shift+M).</source>
            <translation>Quizá la misma persona, añadida en dos ordenadores: {names}. Si es así, combínelas en Miembros (Unir con…, Ctrl+Shift+M).</translation>
        </message>
    </context>
    <context>
        <name>TrendChart</name>
        <message>
            <source>{name} has no {instrument} check-ins yet.</source>
            <translation>{name} aún no tiene check-ins de {instrument}.</translation>
        </message>
        <message>
            <source>passed</source>
            <translation>pasó</translation>
        </message>
        <message>
            <source>on {short_date}</source>
            <translation>el {short_date}</translation>
        </message>
        <message>
            <source>from {short_date} to {short_date2}</source>
            <translation>del {short_date} al {short_date2}</translation>
        </message>
        <message numerus="yes">
            <source>{name}'s {instrument}, last %n check-in(s) {span}: {values}.</source>
            <translation>
                <numerusform>{instrument} de {name}, último check-in {span}: {values}.</numerusform>
                <numerusform>{instrument} de {name}, últimos %n check-ins {span}: {values}.</numerusform>
            </translation>
        </message>
        <message>
            <source> Passed on {short_date}; the latest score was {total}.</source>
            <translation> Pasó el {short_date}; la última puntuación fue {total}.</translation>
        </message>
        <message>
            <source> Latest: {total}.</source>
            <translation> Último: {total}.</translation>
        </message>
        <message>
            <source>Check-in trend</source>
            <translation>Evolución del check-in</translation>
        </message>
        <message>
            <source>Choose a member in the table to see their recent check-ins.</source>
            <translation>Elige un miembro en la tabla para ver sus check-ins recientes.</translation>
        </message>
        <message>
            <source>{name} · {instrument}</source>
            <translation>{name} · {instrument}</translation>
        </message>
        <message>
            <source>No {instrument} check-ins yet for {name}.</source>
            <translation>Aún no hay check-ins de {instrument} de {name}.</translation>
        </message>
    </context>
    <context>
        <name>ViewActions</name>
        <message>
            <source>&amp;Smaller</source>
            <translation>&amp;Pequeño</translation>
        </message>
        <message>
            <source>&amp;Normal</source>
            <translation>&amp;Normal</translation>
        </message>
        <message>
            <source>&amp;Larger</source>
            <translation>&amp;Grande</translation>
        </message>
        <message>
            <source>L&amp;argest</source>
            <translation>Muy gr&amp;ande</translation>
        </message>
        <message>
            <source>&amp;Increase text size</source>
            <translation>&amp;Aumentar el tamaño del texto</translation>
        </message>
        <message>
            <source>&amp;Decrease text size</source>
            <translation>&amp;Reducir el tamaño del texto</translation>
        </message>
        <message>
            <source>&amp;High contrast</source>
            <translation>Alto &amp;contraste</translation>
        </message>
        <message>
            <source>Black and white with a strong selection colour, easier to read</source>
            <translation>Blanco y negro con un color de selección intenso, más fácil de leer</translation>
        </message>
        <message>
            <source>&amp;Text size</source>
            <translation>&amp;Tamaño del texto</translation>
        </message>
    </context>
    <context>
        <name>VisitorCountCommand</name>
        <message>
            <source>Visitors: {after}</source>
            <translation>Visitantes: {after}</translation>
        </message>
    </context>
    <context>
        <name>WalkInChooser</name>
        <message>
            <source>Who came?</source>
            <translation>¿Quién vino?</translation>
        </message>
        <message>
            <source>More than one member is called “{name}”. Who came to this session?</source>
            <translation>Hay más de un miembro llamado «{name}». ¿Quién vino a esta sesión?</translation>
        </message>
        <message>
            <source>Members called {name}</source>
            <translation>Miembros llamados {name}</translation>
        </message>
        <message>
            <source>Choose who came with the arrow keys, then press Enter to mark them present</source>
            <translation>Elige con las flechas quién vino y pulsa Intro para marcarle presente</translation>
        </message>
        <message>
            <source>Someone new called “{name}” (joins the group from this session)</source>
            <translation>Alguien nuevo llamado «{name}» (se une al grupo desde esta sesión)</translation>
        </message>
        <message>
            <source>Mark present</source>
            <translation>Marcar presente</translation>
        </message>
        <message>
            <source>Mark the chosen person present (Enter)</source>
            <translation>Marca presente a la persona elegida (Intro)</translation>
        </message>
        <message>
            <source>Mark nobody; the name stays in the walk-in field (Esc)</source>
            <translation>No marcar a nadie; el nombre se queda en el campo de llegada (Esc)</translation>
        </message>
    </context>
    <context>
        <name>WalkInCommand</name>
        <message>
            <source>Walk-in: {name}</source>
            <translation>Llegada: {name}</translation>
        </message>
    </context>
    <context>
        <name>WelcomePanel</name>
        <message>
            <source>Welcome</source>
            <translation>Bienvenida</translation>
        </message>
        <message>
            <source>&lt;h1&gt;Welcome to Facilitator&lt;/h1&gt;</source>
            <translation>&lt;h1&gt;Te damos la bienvenida a Facilitator&lt;/h1&gt;</translation>
        </message>
        <message>
            <source>Keep your group's attendance, check-ins, notes and handouts in one place on this laptop. Nothing is sent anywhere: the app never uses the internet.</source>
            <translation>Lleva la asistencia, los check-ins, las notas y los folletos de tu grupo en un solo lugar, en este portátil. No se envía nada a ninguna parte: la aplicación nunca usa internet.</translation>
        </message>
        <message>
            <source>&amp;Create your first group</source>
            <translation>&amp;Crea tu primer grupo</translation>
        </message>
        <message>
            <source>Create your first group</source>
            <translation>Crea tu primer grupo</translation>
        </message>
        <message>
            <source>Name your group and say when it meets</source>
            <translation>Pon nombre a tu grupo y di cuándo se reúne</translation>
        </message>
        <message>
            <source>E&amp;xplore with sample data</source>
            <translation>E&amp;xplorar con datos de ejemplo</translation>
        </message>
        <message>
            <source>Explore with sample data</source>
            <translation>Explorar con datos de ejemplo</translation>
        </message>
        <message>
            <source>Opens a separate window on invented groups and people; your store stays empty</source>
            <translation>Abre una ventana aparte con grupos y personas inventados; tus datos siguen vacíos</translation>
        </message>
    </context>
    <context>
        <name>WindowActions</name>
        <message>
            <source>&amp;New data file…</source>
            <translation>&amp;Nuevo archivo de datos…</translation>
        </message>
        <message>
            <source>Start a new, empty data file (for another organisation, say)</source>
            <translation>Empieza un archivo de datos nuevo y vacío (para otra organización, por ejemplo)</translation>
        </message>
        <message>
            <source>&amp;Open data file…</source>
            <translation>&amp;Abrir archivo de datos…</translation>
        </message>
        <message>
            <source>&amp;Back up now</source>
            <translation>Hacer &amp;copia de seguridad ahora</translation>
        </message>
        <message>
            <source>Write a consistent copy of your data to the backups folder</source>
            <translation>Escribe una copia coherente de tus datos en la carpeta de copias de seguridad</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Salir</translation>
        </message>
        <message>
            <source>&amp;New group…</source>
            <translation>&amp;Nuevo grupo…</translation>
        </message>
        <message>
            <source>&amp;Edit group…</source>
            <translation>&amp;Editar grupo…</translation>
        </message>
        <message>
            <source>&amp;Schedule sessions…</source>
            <translation>&amp;Programar sesiones…</translation>
        </message>
        <message>
            <source>Create planned sessions for the next weeks, following the group's pattern</source>
            <translation>Crea sesiones previstas para las próximas semanas, según el ritmo del grupo</translation>
        </message>
        <message>
            <source>&amp;New session…</source>
            <translation>&amp;Nueva sesión…</translation>
        </message>
        <message>
            <source>Add a single session, e.g. an extra meeting</source>
            <translation>Añade una sola sesión, p. ej., una reunión extra</translation>
        </message>
        <message>
            <source>Mark &amp;held</source>
            <translation>Marcar como &amp;celebrada</translation>
        </message>
        <message>
            <source>&amp;Cancel session</source>
            <translation>Ca&amp;ncelar la sesión</translation>
        </message>
        <message>
            <source>The session stays in the history, marked cancelled</source>
            <translation>La sesión se queda en el historial, marcada como cancelada</translation>
        </message>
        <message>
            <source>Mark “&amp;did not meet”</source>
            <translation>Marcar «&amp;no hubo reunión»</translation>
        </message>
        <message>
            <source>Nobody came: the session stays in the history</source>
            <translation>No vino nadie: la sesión se queda en el historial</translation>
        </message>
        <message>
            <source>Set back to &amp;planned</source>
            <translation>Volver a &amp;prevista</translation>
        </message>
        <message>
            <source>&amp;Getting started</source>
            <translation>&amp;Primeros pasos</translation>
        </message>
        <message>
            <source>A short guide to one evening: before, at the door, the round, after (F1)</source>
            <translation>Una guía breve de una tarde de grupo: antes, en la puerta, la ronda, después (F1)</translation>
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation>Atajos de &amp;teclado</translation>
        </message>
        <message>
            <source>&amp;About Facilitator</source>
            <translation>&amp;Acerca de Facilitator</translation>
        </message>
        <message>
            <source>New data file</source>
            <translation>Nuevo archivo de datos</translation>
        </message>
        <message>
            <source>facilitator.sqlite3</source>
            <translation>facilitator.sqlite3</translation>
        </message>
        <message>
            <source>Facilitator data files (*.sqlite3)</source>
            <translation>Archivos de datos de Facilitator (*.sqlite3)</translation>
        </message>
        <message>
            <source>Open data file</source>
            <translation>Archivo de datos abierto</translation>
        </message>
        <message>
            <source>Facilitator data files (*.sqlite3);;All files (*)</source>
            <translation>Archivos de datos de Facilitator (*.sqlite3);;Todos los archivos (*)</translation>
        </message>
        <message numerus="yes">
            <source>%n session(s) scheduled</source>
            <translation>
                <numerusform>%n sesión programada</numerusform>
                <numerusform>%n sesiones programadas</numerusform>
            </translation>
        </message>
        <message>
            <source>Session: {label}</source>
            <translation>Sesión: {label}</translation>
        </message>
    </context>
    <context>
        <name>_RangeDelegate</name>
        <message>
            <source>Question</source>
            <translation>Pregunta</translation>
        </message>
        <message>
            <source>The question as you would ask it in the round</source>
            <translation>La pregunta tal como la harías en la ronda</translation>
        </message>
        <message>
            <source>Lowest</source>
            <translation>Mínimo</translation>
        </message>
        <message>
            <source>Highest</source>
            <translation>Máximo</translation>
        </message>
        <message>
            <source>{which} answer</source>
            <translation>Respuesta {which}</translation>
        </message>
        <message>
            <source>The {lower} answer to this question (0 to {MAX_ANSWER})</source>
            <translation>La respuesta {lower} a esta pregunta (de 0 a {MAX_ANSWER})</translation>
        </message>
    </context>
</TS>
