<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Diplomatic Timeline</source>
        <translation>À propos de Chronologie diplomatique</translation>
    </message>
    <message>
        <source>Diplomatic Timeline</source>
        <translation>Chronologie diplomatique</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>A timeline of relations between states, in Arabic, English and French.</source>
        <translation>Une chronologie des relations entre États, en arabe, en anglais et en français.</translation>
    </message>
    <message>
        <source>Licence: GNU General Public License, version 3 or later (%1)</source>
        <translation>Licence&#xa0;: GNU General Public License, version 3 ou ultérieure (%1)</translation>
    </message>
    <message>
        <source>Fonts: %1, %2, %3 — %4</source>
        <translation>Polices&#xa0;: %1, %2, %3 — %4</translation>
    </message>
    <message>
        <source>%1 (SQLite %2)</source>
        <translation>%1 (SQLite %2)</translation>
    </message>
    <message>
        <source>Qt</source>
        <translation>Qt</translation>
    </message>
    <message>
        <source>Qt %1, PySide6 %2</source>
        <translation>Qt %1, PySide6 %2</translation>
    </message>
    <message>
        <source>Python</source>
        <translation>Python</translation>
    </message>
    <message>
        <source>SQLAlchemy</source>
        <translation>SQLAlchemy</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Fichier ouvert</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Copier les détails</translation>
    </message>
</context>
<context>
    <name>AgreementDialog</name>
    <message>
        <source>Start an agreement thread</source>
        <translation>Ouvrir le fil d’un accord</translation>
    </message>
    <message>
        <source>Kind of agreement</source>
        <translation>Type d’accord</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Parties</translation>
    </message>
    <message>
        <source>Country codes separated by spaces: MA KZ</source>
        <translation>Codes de pays séparés par des espaces&#xa0;: MA KZ</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Title in Arabic</source>
        <translation>Titre en arabe</translation>
    </message>
    <message>
        <source>Title in English</source>
        <translation>Titre en anglais</translation>
    </message>
    <message>
        <source>Title in French</source>
        <translation>Titre en français</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <source>&amp;Parties</source>
        <translation>&amp;Parties</translation>
    </message>
    <message>
        <source>I&amp;dentifier</source>
        <translation>I&amp;dentifiant</translation>
    </message>
    <message>
        <source>Title (&amp;Arabic)</source>
        <translation>Titre (&amp;arabe)</translation>
    </message>
    <message>
        <source>Title (&amp;English)</source>
        <translation>Titre (a&amp;nglais)</translation>
    </message>
    <message>
        <source>Title (&amp;French)</source>
        <translation>Titre (&amp;français)</translation>
    </message>
    <message>
        <source>an agreement has this identifier already</source>
        <translation>un accord porte déjà cet identifiant</translation>
    </message>
</context>
<context>
    <name>AttentionPanel</name>
    <message>
        <source>Needs attention</source>
        <translation>À vérifier</translation>
    </message>
    <message>
        <source>Its day is still to come: record it as announced</source>
        <translation>Sa date est encore à venir&#xa0;: le noter comme annoncé</translation>
    </message>
    <message>
        <source>&amp;Mark as announced</source>
        <translation>Le &amp;noter comme annoncé</translation>
    </message>
    <message>
        <source>&amp;Mark as held</source>
        <translation>Confirmer qu’il a eu &amp;lieu</translation>
    </message>
    <message>
        <source>It took place on its date: confirm it</source>
        <translation>Il a eu lieu à sa date&#xa0;: le confirmer</translation>
    </message>
    <message>
        <source>Needs attention (%1)</source>
        <translation>À vérifier (%1)</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>The event was changed elsewhere</source>
        <translation>L’événement a été modifié ailleurs</translation>
    </message>
    <message>
        <source>Someone saved this event after you opened it. Here is what differs; choose which version to keep.</source>
        <translation>Quelqu’un a enregistré cet événement après que vous l’avez ouvert. Voici ce qui diffère&#xa0;; choisissez la version à garder.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Version enregistrée</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Votre version</translation>
    </message>
    <message>
        <source>Keep the &amp;saved version</source>
        <translation>Garder la version &amp;enregistrée</translation>
    </message>
    <message>
        <source>Save &amp;mine over it</source>
        <translation>Enregistrer la &amp;mienne à sa place</translation>
    </message>
    <message>
        <source>&amp;Edit mine again</source>
        <translation>Modifier de &amp;nouveau la mienne</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to a team database</source>
        <translation>Connexion à une base de données d’équipe</translation>
    </message>
    <message>
        <source>&amp;Remember the password in the system keyring</source>
        <translation>Mémo&amp;riser le mot de passe dans le trousseau du système</translation>
    </message>
    <message>
        <source>This computer has no keyring, so the password cannot be stored: it is kept only until you quit the app.</source>
        <translation>Cet ordinateur n’a pas de trousseau&#xa0;: le mot de passe ne peut pas être enregistré et n’est gardé que jusqu’à la fermeture de l’application.</translation>
    </message>
    <message>
        <source>&amp;Host</source>
        <translation>&amp;Hôte</translation>
    </message>
    <message>
        <source>&amp;Port</source>
        <translation>&amp;Port</translation>
    </message>
    <message>
        <source>&amp;Database</source>
        <translation>&amp;Base de données</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>&amp;Utilisateur</translation>
    </message>
    <message>
        <source>Pass&amp;word</source>
        <translation>&amp;Mot de passe</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <source>Fill in the host, the database and the user.</source>
        <translation>Indiquez l’hôte, la base de données et l’utilisateur.</translation>
    </message>
    <message>
        <source>Type the server&apos;s name or address alone in Host (%1 or %2).</source>
        <translation>Saisissez dans Hôte le nom ou l’adresse du serveur seuls (%1 ou %2).</translation>
    </message>
</context>
<context>
    <name>CountriesEditor</name>
    <message>
        <source>Type a name or an ISO code</source>
        <translation>Saisissez un nom ou un code ISO</translation>
    </message>
    <message>
        <source>First country</source>
        <translation>Premier pays</translation>
    </message>
    <message>
        <source>Second country</source>
        <translation>Second pays</translation>
    </message>
    <message>
        <source>Host country</source>
        <translation>Pays hôte</translation>
    </message>
    <message>
        <source>&amp;First country</source>
        <translation>&amp;Premier pays</translation>
    </message>
    <message>
        <source>Se&amp;cond country</source>
        <translation>&amp;Second pays</translation>
    </message>
    <message>
        <source>&amp;Host</source>
        <translation>Pays &amp;hôte</translation>
    </message>
    <message>
        <source>Add a &amp;country</source>
        <translation>Ajouter un &amp;pays</translation>
    </message>
    <message>
        <source>Other members</source>
        <translation>Autres membres</translation>
    </message>
    <message>
        <source>Country to add</source>
        <translation>Pays à ajouter</translation>
    </message>
    <message>
        <source>Other member countries</source>
        <translation>Autres pays membres</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Add member country</source>
        <translation>Ajouter le pays membre</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove member country</source>
        <translation>Retirer le pays membre</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
</context>
<context>
    <name>DataExport</name>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>Tableau CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>PLOVER JSON lines (*.jsonl)</source>
        <translation>Lignes JSON PLOVER (*.jsonl)</translation>
    </message>
    <message>
        <source>Export events</source>
        <translation>Exporter les événements</translation>
    </message>
</context>
<context>
    <name>DateRow</name>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Gregorian</source>
        <translation>Grégorien</translation>
    </message>
    <message>
        <source>Hijri</source>
        <translation>Hégirien</translation>
    </message>
    <message>
        <source>%1: precision</source>
        <translation>%1&#xa0;: précision</translation>
    </message>
    <message>
        <source>%1: calendar</source>
        <translation>%1&#xa0;: calendrier</translation>
    </message>
    <message>
        <source>%1: year</source>
        <translation>%1&#xa0;: année</translation>
    </message>
    <message>
        <source>%1: month</source>
        <translation>%1&#xa0;: mois</translation>
    </message>
    <message>
        <source>%1: day</source>
        <translation>%1&#xa0;: jour</translation>
    </message>
    <message>
        <source>%1: other calendar</source>
        <translation>%1&#xa0;: autre calendrier</translation>
    </message>
    <message>
        <source>Hijri dates are typed to the day: choose “Day” to type one</source>
        <translation>Une date hégirienne se saisit au jour près&#xa0;: choisissez «&#xa0;Jour&#xa0;» pour en saisir une</translation>
    </message>
</context>
<context>
    <name>DetailsPanel</name>
    <message>
        <source>Event details</source>
        <translation>Détails de l’événement</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Hijri</source>
        <translation>Hégire</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Accord</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Mots-clés</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Liens</translation>
    </message>
    <message>
        <source>Select an event on the timeline or in the list.</source>
        <translation>Sélectionnez un événement sur la chronologie ou dans la liste.</translation>
    </message>
    <message>
        <source>outside the Umm al-Qura tables (1924–2077)</source>
        <translation>hors des tables d’Umm al-Qura (1924–2077)</translation>
    </message>
    <message>
        <source>host</source>
        <translation>hôte</translation>
    </message>
</context>
<context>
    <name>DuplicateDialog</name>
    <message>
        <source>Possible duplicate</source>
        <translation>Doublon possible</translation>
    </message>
    <message>
        <source>This looks like an event that is already recorded:</source>
        <translation>Cet événement semble déjà enregistré&#xa0;:</translation>
    </message>
    <message>
        <source>The one you are saving:</source>
        <translation>Celui que vous enregistrez&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Keep both</source>
        <translation>&amp;Garder les deux</translation>
    </message>
    <message>
        <source>&amp;Merge into the existing one</source>
        <translation>&amp;Fusionner avec l’existant</translation>
    </message>
    <message>
        <source>&amp;Go back to the editor</source>
        <translation>&amp;Revenir à l’éditeur</translation>
    </message>
</context>
<context>
    <name>EmptyResult</name>
    <message>
        <source>No event matches ‘%1’.</source>
        <translation>Aucun événement ne correspond à «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Effacer la recherche</translation>
    </message>
    <message>
        <source>No event matches these filters.</source>
        <translation>Aucun événement ne correspond à ces filtres.</translation>
    </message>
    <message>
        <source>Show every date</source>
        <translation>Afficher toutes les dates</translation>
    </message>
    <message>
        <source>Clear the filters</source>
        <translation>Effacer les filtres</translation>
    </message>
</context>
<context>
    <name>EventEditorDialog</name>
    <message>
        <source>Edit event</source>
        <translation>Modifier l’événement</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>Nouvel événement</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Title in Arabic</source>
        <translation>Titre en arabe</translation>
    </message>
    <message>
        <source>Title in English</source>
        <translation>Titre en anglais</translation>
    </message>
    <message>
        <source>Title in French</source>
        <translation>Titre en français</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Mots-clés</translation>
    </message>
    <message>
        <source>Separated by commas</source>
        <translation>Séparés par des virgules</translation>
    </message>
    <message>
        <source>Country of the place</source>
        <translation>Pays du lieu</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>City in Arabic</source>
        <translation>Ville en arabe</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Step of the agreement</source>
        <translation>Étape de l’accord</translation>
    </message>
    <message>
        <source>Party that approved or ratified</source>
        <translation>Partie qui a approuvé ou ratifié</translation>
    </message>
    <message>
        <source>City in English</source>
        <translation>Ville en anglais</translation>
    </message>
    <message>
        <source>City in French</source>
        <translation>Ville en français</translation>
    </message>
    <message>
        <source>Name (Arabic)</source>
        <translation>Nom (arabe)</translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation>Nom (anglais)</translation>
    </message>
    <message>
        <source>Name (French)</source>
        <translation>Nom (français)</translation>
    </message>
    <message>
        <source>Office (Arabic)</source>
        <translation>Fonction (arabe)</translation>
    </message>
    <message>
        <source>Office (English)</source>
        <translation>Fonction (anglais)</translation>
    </message>
    <message>
        <source>Office (French)</source>
        <translation>Fonction (français)</translation>
    </message>
    <message>
        <source>Country code</source>
        <translation>Code du pays</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Add a participant</source>
        <translation>Ajouter un participant</translation>
    </message>
    <message>
        <source>Remove the selected participants</source>
        <translation>Retirer les participants sélectionnés</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <comment>a participant</comment>
        <translation>A&amp;jouter</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Média</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publié le</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Add a source</source>
        <translation>Ajouter une source</translation>
    </message>
    <message>
        <source>Remove the selected sources</source>
        <translation>Retirer les sources sélectionnées</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <comment>a source</comment>
        <translation>Aj&amp;outer</translation>
    </message>
    <message>
        <source>The day of publication, such as %1, or empty</source>
        <translation>Le jour de publication, par exemple %1, ou vide</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <source>Has an &amp;end date</source>
        <translation>A une date de f&amp;in</translation>
    </message>
    <message>
        <source>Has an end date</source>
        <translation>A une date de fin</translation>
    </message>
    <message>
        <source>Lasted the whole span</source>
        <translation>A duré toute la période</translation>
    </message>
    <message>
        <source>On one day &amp;within it</source>
        <translation>Un s&amp;eul jour dans la période</translation>
    </message>
    <message>
        <source>On one day within it</source>
        <translation>Un seul jour dans la période</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>En&amp;registrer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Title (Ara&amp;bic)</source>
        <translation>Titre (&amp;arabe)</translation>
    </message>
    <message>
        <source>Title (Eng&amp;lish)</source>
        <translation>Titre (an&amp;glais)</translation>
    </message>
    <message>
        <source>Su&amp;mmary</source>
        <translation>Résu&amp;mé</translation>
    </message>
    <message>
        <source>Ta&amp;gs</source>
        <translation>Mots-&amp;clés</translation>
    </message>
    <message>
        <source>Ci&amp;ty (Arabic)</source>
        <translation>Ville (ara&amp;be)</translation>
    </message>
    <message>
        <source>C&amp;ity (English)</source>
        <translation>Ville (ang&amp;lais)</translation>
    </message>
    <message>
        <source>Cit&amp;y (French)</source>
        <translation>&amp;Ville (français)</translation>
    </message>
    <message>
        <source>C&amp;ountry</source>
        <translation>Pa&amp;ys</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Début</translation>
    </message>
    <message>
        <source>E&amp;nd</source>
        <translation>Fi&amp;n</translation>
    </message>
    <message>
        <source>no country is called &apos;%1&apos;</source>
        <translation>aucun pays ne s’appelle «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Title (F&amp;rench)</source>
        <translation>Titre (&amp;français)</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Stat&amp;us</source>
        <translation>Stat&amp;ut</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Accord</translation>
    </message>
    <message>
        <source>Ste&amp;p</source>
        <translation>Éta&amp;pe</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Partie</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Participant %1</source>
        <translation>Participant %1</translation>
    </message>
    <message>
        <source>Source %1</source>
        <translation>Source %1</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Pays hôte</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Start date (Hijri)</source>
        <translation>Date de début (hégire)</translation>
    </message>
    <message>
        <source>Restore your unsaved draft from %1?</source>
        <translation>Restaurer votre brouillon non enregistré du %1&#xa0;?</translation>
    </message>
    <message>
        <source>Save the changes you made to this event?</source>
        <translation>Enregistrer les modifications apportées à cet événement&#xa0;?</translation>
    </message>
</context>
<context>
    <name>EventListView</name>
    <message>
        <source>Event list</source>
        <translation>Liste des événements</translation>
    </message>
</context>
<context>
    <name>EventTableModel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Print</source>
        <translation>Imprimer</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>The current view</source>
        <translation>La vue actuelle</translation>
    </message>
    <message>
        <source>The whole filtered period</source>
        <translation>Toute la période filtrée</translation>
    </message>
    <message>
        <source>Letter</source>
        <comment>the paper size</comment>
        <translation>Lettre US</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Paysage</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Portrait</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>P&amp;arcourir…</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>&amp;Contenu&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Page size:</source>
        <translation>Format de &amp;page&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Orientation:</source>
        <translation>&amp;Orientation&#xa0;:</translation>
    </message>
    <message>
        <source>PNG &amp;resolution:</source>
        <translation>&amp;Résolution PNG&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Language of the document:</source>
        <translation>&amp;Langue du document&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>Handling &amp;marking:</source>
        <translation>&amp;Mention de diffusion&#xa0;:</translation>
    </message>
    <message>
        <source>T&amp;able:</source>
        <translation>Ta&amp;bleau&#xa0;:</translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation>Fic&amp;hier&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <source> dpi</source>
        <translation> ppp</translation>
    </message>
    <message>
        <source>None (e.g. Restricted)</source>
        <translation>Aucune (par ex. Diffusion restreinte)</translation>
    </message>
    <message>
        <source>Every event</source>
        <translation>Tous les événements</translation>
    </message>
    <message>
        <source>Every event, grouped by period above %1</source>
        <translation>Tous les événements, regroupés par période au-delà de %1</translation>
    </message>
    <message>
        <source>Fit on o&amp;ne page</source>
        <translation>Tenir sur &amp;une page</translation>
    </message>
    <message>
        <source>Pages wi&amp;de:</source>
        <translation>Pages en lar&amp;geur&#xa0;:</translation>
    </message>
    <message>
        <source>Counts by year, month or day</source>
        <translation>Nombres par année, mois ou jour</translation>
    </message>
    <message>
        <source>No table</source>
        <translation>Sans tableau</translation>
    </message>
    <message>
        <source>Timeline:</source>
        <translation>Chronologie&#xa0;:</translation>
    </message>
    <message>
        <source>Titles or names printed as stored (no form in this language) in: %1</source>
        <translation>Titres ou noms imprimés tels qu’enregistrés (sans forme dans cette langue) dans&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 wide will be used: every event shows as well as on %2.</source>
        <translation>Frise sur %1 en largeur&#xa0;: tout y figure aussi bien que sur %2.</translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation>Export de %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>ExtractDialog</name>
    <message>
        <source>New events from text</source>
        <translation>Nouveaux événements à partir d’un texte</translation>
    </message>
    <message>
        <source>Publication day</source>
        <translation>Jour de publication</translation>
    </message>
    <message>
        <source>Address of the article</source>
        <translation>Adresse de l’article</translation>
    </message>
    <message>
        <source>https://… (optional, added as the source)</source>
        <translation>https://… (facultatif, ajouté comme source)</translation>
    </message>
    <message>
        <source>Article text</source>
        <translation>Texte de l’article</translation>
    </message>
    <message>
        <source>Paste an article in Arabic, French or English</source>
        <translation>Collez un article en arabe, en français ou en anglais</translation>
    </message>
    <message>
        <source>Proposed events</source>
        <translation>Événements proposés</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Sentence</source>
        <translation>Phrase</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>&amp;Review and confirm…</source>
        <translation>&amp;Vérifier et confirmer…</translation>
    </message>
    <message>
        <source>&amp;Add the confirmed events</source>
        <translation>&amp;Ajouter les événements confirmés</translation>
    </message>
    <message>
        <source>&amp;Published on</source>
        <translation>&amp;Publié le</translation>
    </message>
    <message>
        <source>&amp;Source</source>
        <translation>&amp;Source</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmé</translation>
    </message>
    <message>
        <source>Confirm the proposed event</source>
        <translation>Confirmer l’événement proposé</translation>
    </message>
    <message>
        <source>No sentence of this text gives a date.</source>
        <translation>Aucune phrase de ce texte ne donne de date.</translation>
    </message>
    <message>
        <source>%1 proposed, %2 confirmed</source>
        <translation>Proposés&#xa0;: %1, confirmés&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>All countries</source>
        <translation>Tous les pays</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Any partner</source>
        <translation>Tout partenaire</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <source>Swap the two countries (the events stay the same)</source>
        <translation>Intervertir les deux pays (les événements restent les mêmes)</translation>
    </message>
    <message>
        <source>Swap the countries</source>
        <translation>Intervertir les pays</translation>
    </message>
    <message>
        <source>Kinds of event</source>
        <translation>Types d’événement</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>Search titles, people, places, sources</source>
        <translation>Chercher dans les titres, personnes, lieux, sources</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Chercher</translation>
    </message>
    <message>
        <source>no country is called &apos;%1&apos;</source>
        <translation>aucun pays ne s’appelle «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>choose two different countries</source>
        <translation>choisissez deux pays différents</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>From (2024, 1446-09-01 AH)</source>
        <translation>Du (2024, 1446-09-01 H)</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>%1: %2 — the previous filter stays in force.</source>
        <translation>%1&#xa0;: %2 — le filtre précédent reste en vigueur.</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>%1 kinds</source>
        <translation>%1 types</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Changes to this event</source>
        <translation>Modifications de cet événement</translation>
    </message>
    <message>
        <source>Restore this version</source>
        <translation>Rétablir cette version</translation>
    </message>
    <message>
        <source>created</source>
        <translation>créé</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>modifié</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>supprimé</translation>
    </message>
    <message>
        <source>restored</source>
        <translation>rétabli</translation>
    </message>
    <message>
        <source>Saved without changes.</source>
        <translation>Enregistré sans modification.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import {name}</source>
        <translation>Importer {name}</translation>
    </message>
    <message>
        <source>&amp;Import all valid rows</source>
        <translation>&amp;Importer toutes les lignes valides</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Rows read: %1 · kept: %2</source>
        <translation>Lignes lues&#xa0;: %1 · retenues&#xa0;: %2</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Lecture du fichier…</translation>
    </message>
    <message>
        <source>The preview was cancelled; nothing was imported.</source>
        <translation>L’aperçu a été annulé&#xa0;; rien n’a été importé.</translation>
    </message>
    <message>
        <source>{rows} rows read: {new} to add, {duplicates} already imported, {rejected} rejected, {skipped} skipped (not for the chosen countries or not diplomatic).</source>
        <translation>Lignes lues&#xa0;: {rows}&#xa0;; à ajouter&#xa0;: {new}&#xa0;; déjà importées&#xa0;: {duplicates}&#xa0;; rejetées&#xa0;: {rejected}&#xa0;; ignorées&#xa0;: {skipped} (hors des pays choisis ou non diplomatiques).</translation>
    </message>
    <message>
        <source>{rows} rows read: {new} to add, {duplicates} already imported, {rejected} rejected, {skipped} skipped (not diplomatic).</source>
        <translation>Lignes lues&#xa0;: {rows}&#xa0;; à ajouter&#xa0;: {new}&#xa0;; déjà importées&#xa0;: {duplicates}&#xa0;; rejetées&#xa0;: {rejected}&#xa0;; ignorées&#xa0;: {skipped} (non diplomatiques).</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>First rows</source>
        <translation>Premières lignes</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Rejected rows</source>
        <translation>Lignes rejetées</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Rows to check</source>
        <translation>Lignes à vérifier</translation>
    </message>
    <message>
        <source>What to check</source>
        <translation>À vérifier</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importation…</translation>
    </message>
    <message>
        <source>The import was cancelled; the database is unchanged.</source>
        <translation>L’importation a été annulée&#xa0;; la base de données est inchangée.</translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <source>Link to another event</source>
        <translation>Lier à un autre événement</translation>
    </message>
    <message>
        <source>&amp;Link</source>
        <translation>&amp;Lier</translation>
    </message>
    <message>
        <source>How this event relates to the other</source>
        <translation>Lien entre cet événement et l’autre</translation>
    </message>
    <message>
        <source>The other event</source>
        <translation>L’autre événement</translation>
    </message>
    <message>
        <source>This event</source>
        <translation>Cet événement</translation>
    </message>
    <message>
        <source>&amp;Relation</source>
        <translation>&amp;Nature du lien</translation>
    </message>
    <message>
        <source>&amp;Other event</source>
        <translation>&amp;Autre événement</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Filter</source>
        <translation>Filtre</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;New event…</source>
        <translation>&amp;Nouvel événement…</translation>
    </message>
    <message>
        <source>New events from &amp;text…</source>
        <translation>Nouveaux événements à partir d’un &amp;texte…</translation>
    </message>
    <message>
        <source>Open the &amp;sample timeline</source>
        <translation>Ouvrir la chronologie d’&amp;exemple</translation>
    </message>
    <message>
        <source>&amp;Connect to a team database…</source>
        <translation>Se &amp;connecter à une base d’équipe…</translation>
    </message>
    <message>
        <source>&amp;Import events…</source>
        <translation>I&amp;mporter des événements…</translation>
    </message>
    <message>
        <source>Export e&amp;vents…</source>
        <translation>Exporter les é&amp;vénements…</translation>
    </message>
    <message>
        <source>&amp;Export the timeline…</source>
        <translation>E&amp;xporter la chronologie…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>&amp;Back up the database…</source>
        <translation>&amp;Sauvegarder la base de données…</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Restaurer une sauvegarde…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Edit event…</source>
        <translation>&amp;Modifier l’événement…</translation>
    </message>
    <message>
        <source>&amp;Delete event</source>
        <translation>&amp;Supprimer l’événement</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Affic&amp;hage</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>Zoom &amp;avant</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <source>&amp;Fit all events</source>
        <translation>&amp;Voir tous les événements</translation>
    </message>
    <message>
        <source>&amp;Go to date…</source>
        <translation>A&amp;ller à la date…</translation>
    </message>
    <message>
        <source>&amp;Search the events</source>
        <translation>Re&amp;chercher dans les événements</translation>
    </message>
    <message>
        <source>Show &amp;Hijri dates</source>
        <translation>Afficher les dates de l’&amp;hégire</translation>
    </message>
    <message>
        <source>Show &amp;details pane</source>
        <translation>Afficher le volet des &amp;détails</translation>
    </message>
    <message>
        <source>Show &amp;cancelled events</source>
        <translation>Afficher les événements a&amp;nnulés</translation>
    </message>
    <message>
        <source>&amp;Lanes</source>
        <translation>&amp;Couloirs</translation>
    </message>
    <message>
        <source>One &amp;band</source>
        <translation>Une seule &amp;bande</translation>
    </message>
    <message>
        <source>By &amp;kind</source>
        <translation>Par &amp;type</translation>
    </message>
    <message>
        <source>By &amp;partner (one country against all)</source>
        <translation>Par &amp;partenaire (un pays face à tous)</translation>
    </message>
    <message>
        <source>&amp;Reset window layout</source>
        <translation>Rétablir la dis&amp;position de la fenêtre</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>Lanes by partner need one country: choose it in the filter bar, and no partner</source>
        <translation>Les couloirs par partenaire demandent un pays&#xa0;: choisissez-le dans la barre de filtres, sans partenaire</translation>
    </message>
    <message>
        <source>Server out of reach: others&apos; saves will show once it answers</source>
        <translation>Serveur injoignable&#xa0;: les enregistrements des autres s’afficheront dès qu’il répondra</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>À &amp;propos</translation>
    </message>
    <message>
        <source>Diplomatic Timeline</source>
        <translation>Chronologie diplomatique</translation>
    </message>
    <message>
        <source>Add “%1”</source>
        <translation>l’ajout de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>“%1” is saved; the filters in force hide it.</source>
        <translation>«&#xa0;%1&#xa0;» est enregistré&#xa0;; les filtres en vigueur le masquent.</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>la modification de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>“%1” was deleted elsewhere while you edited it. Your version opens as a new event: save it to keep it.</source>
        <translation>«&#xa0;%1&#xa0;» a été supprimé ailleurs pendant que vous le modifiiez. Votre version s’ouvre comme un nouvel événement&#xa0;: enregistrez-la pour la garder.</translation>
    </message>
    <message>
        <source>Restore an earlier version of “%1”</source>
        <translation>le rétablissement d’une version antérieure de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Delete event</source>
        <translation>Supprimer l’événement</translation>
    </message>
    <message>
        <source>Delete “%1”? You can undo this with Ctrl+Z.</source>
        <translation>Supprimer «&#xa0;%1&#xa0;»&#xa0;? Vous pourrez annuler avec Ctrl+Z.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation>la suppression de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Only a database file on this computer has backups.</source>
        <translation>Seul un fichier de base de données sur cet ordinateur a des sauvegardes.</translation>
    </message>
    <message>
        <source>Import events</source>
        <translation>Importer des événements</translation>
    </message>
    <message>
        <source>Event files (*.csv *.json *.jsonl *.tsv *.txt *.CSV);;All files (*)</source>
        <translation>Fichiers d’événements (*.csv *.json *.jsonl *.tsv *.txt *.CSV);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Imported %1</source>
        <translation>Import de %1</translation>
    </message>
    <message>
        <source>Exported to %1: %2</source>
        <translation>Exporté vers %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Back up a server database with the server&apos;s own tools.</source>
        <translation>Sauvegardez une base de données de serveur avec les outils du serveur.</translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation>Sauvegarder la base de données</translation>
    </message>
    <message>
        <source>SQLite database (*.sqlite3)</source>
        <translation>Base de données SQLite (*.sqlite3)</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>Sauvegardée dans %1</translation>
    </message>
    <message>
        <source>Go to date</source>
        <translation>Aller à la date</translation>
    </message>
    <message>
        <source>Date (%1, %2, %3, or Hijri %4 AH):</source>
        <translation>Date (%1, %2, %3 ou, en hégire, %4 H)&#xa0;:</translation>
    </message>
    <message>
        <source>Sample timeline (not saved)</source>
        <translation>Chronologie d’exemple (non enregistrée)</translation>
    </message>
    <message>
        <source>%1 — Diplomatic Timeline</source>
        <translation>%1 — Chronologie diplomatique</translation>
    </message>
    <message>
        <source>Opened read-only: changes cannot be saved</source>
        <translation>Ouverte en lecture seule&#xa0;: les modifications ne peuvent pas être enregistrées</translation>
    </message>
    <message>
        <source>Read-only: %1</source>
        <translation>Lecture seule&#xa0;: %1</translation>
    </message>
    <message>
        <source>&amp;Link to another event…</source>
        <translation>&amp;Lier à un autre événement…</translation>
    </message>
    <message>
        <source>Remove a lin&amp;k…</source>
        <translation>Supprimer un lie&amp;n…</translation>
    </message>
    <message>
        <source>Start an &amp;agreement thread…</source>
        <translation>&amp;Ouvrir le fil d’un accord…</translation>
    </message>
    <message>
        <source>Add the agreement’s ne&amp;xt step…</source>
        <translation>Ajouter l’é&amp;tape suivante de l’accord…</translation>
    </message>
    <message>
        <source>Link “%1”</source>
        <translation>l’ajout d’un lien de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>This event has no links.</source>
        <translation>Cet événement n’a aucun lien.</translation>
    </message>
    <message>
        <source>Remove a link of “%1”</source>
        <translation>la suppression d’un lien de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Start the thread of “%1”</source>
        <translation>l’ouverture du fil de «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>OpenErrorDialog</name>
    <message>
        <source>Diplomatic Timeline</source>
        <translation>Chronologie diplomatique</translation>
    </message>
    <message>
        <source>The database could not be opened</source>
        <translation>Impossible d’ouvrir la base de données</translation>
    </message>
    <message>
        <source>Open &amp;another…</source>
        <translation>Ouvrir une &amp;autre…</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>&amp;Nouvelle base…</translation>
    </message>
    <message>
        <source>&amp;Restore a backup…</source>
        <translation>&amp;Restaurer une sauvegarde…</translation>
    </message>
    <message>
        <source>Open read-&amp;only</source>
        <translation>Ouvrir en &amp;lecture seule</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>R&amp;éessayer</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Make a new timeline database</source>
        <translation>Créer une base de données de chronologie</translation>
    </message>
    <message>
        <source>Open a timeline database</source>
        <translation>Ouvrir une base de données de chronologie</translation>
    </message>
    <message>
        <source>Timeline databases (*.sqlite3 *.db)</source>
        <translation>Bases de données de chronologie (*.sqlite3 *.db)</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>Maghreb</source>
        <translation>Maghreb</translation>
    </message>
    <message>
        <source>Algeria and Tunisia</source>
        <translation>Algérie et Tunisie</translation>
    </message>
    <message>
        <source>Levant and Iraq</source>
        <translation>Levant et Irak</translation>
    </message>
    <message>
        <source>Egypt and the Gulf</source>
        <translation>Égypte et Golfe</translation>
    </message>
    <message>
        <source>As the region writes them</source>
        <translation>Comme les écrit la région</translation>
    </message>
    <message>
        <source>Latin (0123)</source>
        <translation>Latins (0123)</translation>
    </message>
    <message>
        <source>Arabic-Indic (٠١٢٣)</source>
        <translation>Indo-arabes (٠١٢٣)</translation>
    </message>
    <message>
        <source>Show the &amp;Hijri date beside the Gregorian one</source>
        <translation>Afficher la date de l’&amp;hégire à côté de la date grégorienne</translation>
    </message>
    <message>
        <source>&amp;OK</source>
        <translation>&amp;OK</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>Arabic month names</source>
        <translation>Noms des mois en arabe</translation>
    </message>
    <message>
        <source>Arabic &amp;month names</source>
        <translation>Noms des &amp;mois en arabe</translation>
    </message>
    <message>
        <source>Digits in Arabic</source>
        <translation>Chiffres en arabe</translation>
    </message>
    <message>
        <source>&amp;Digits in Arabic</source>
        <translation>&amp;Chiffres en arabe</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Exemple</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Drive</source>
        <translation>Disque</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>%1 File</source>
        <translation>Fichier %1</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Voir dans&#xa0;:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Fichiers de &amp;type&#xa0;:</translation>
    </message>
</context>
<context>
    <name>QGnomeTheme</name>
    <message>
        <source>&amp;OK</source>
        <translation>&amp;OK</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Close without Saving</source>
        <translation>Fermer sans enregistrer</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Oui</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Non</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Ne pas tenir compte</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Réinitialiser</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Aide</translation>
    </message>
</context>
<context>
    <name>RejectionModel</name>
    <message>
        <source>Whole row</source>
        <translation>Ligne entière</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>Backups of %1</source>
        <translation>Sauvegardes de %1</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Prise le</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Restaurer…</translation>
    </message>
    <message>
        <source>There are no backups yet.</source>
        <translation>Il n’y a pas encore de sauvegarde.</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>illisible</translation>
    </message>
    <message>
        <source>Replace %1 with the backup taken %2 (%3)?</source>
        <translation>Remplacer %1 par la sauvegarde prise le %2 (%3)&#xa0;?</translation>
    </message>
    <message>
        <source>The current file is backed up first.</source>
        <translation>Le fichier actuel est d’abord sauvegardé.</translation>
    </message>
</context>
<context>
    <name>RowsEditor</name>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>No events in this period</source>
        <translation>Aucun événement sur cette période</translation>
    </message>
    <message>
        <source>Today: %1</source>
        <translation>Aujourd’hui&#xa0;: %1</translation>
    </message>
    <message>
        <source>Go to the next event (%1)</source>
        <translation>Aller à l’événement suivant (%1)</translation>
    </message>
    <message>
        <source>Go to the previous event (%1)</source>
        <translation>Aller à l’événement précédent (%1)</translation>
    </message>
</context>
<context>
    <name>UnlinkDialog</name>
    <message>
        <source>Remove a link</source>
        <translation>Supprimer un lien</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>The link to remove</source>
        <translation>Le lien à supprimer</translation>
    </message>
    <message>
        <source>&amp;Link</source>
        <translation>&amp;Lien</translation>
    </message>
</context>
<context>
    <name>ViewsMenu</name>
    <message>
        <source>V&amp;iews</source>
        <translation>&amp;Vues</translation>
    </message>
    <message>
        <source>&amp;Save this view…</source>
        <translation>&amp;Enregistrer cette vue…</translation>
    </message>
    <message>
        <source>&amp;Delete a saved view</source>
        <translation>&amp;Supprimer une vue enregistrée</translation>
    </message>
    <message>
        <source>Save view</source>
        <translation>Enregistrer la vue</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>This timeline is empty</source>
        <translation>Cette chronologie est vide</translation>
    </message>
    <message>
        <source>Record visits, meetings and agreements between states, or explore the sample timeline of Morocco&apos;s parliamentary diplomacy in 2024–2025.</source>
        <translation>Consignez les visites, rencontres et accords entre États, ou explorez la chronologie d’exemple de la diplomatie parlementaire du Maroc en 2024–2025.</translation>
    </message>
    <message>
        <source>Open the sample timeline</source>
        <translation>Ouvrir la chronologie d’exemple</translation>
    </message>
    <message>
        <source>Add an event</source>
        <translation>Ajouter un événement</translation>
    </message>
</context>
</TS>
