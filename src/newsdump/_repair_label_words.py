"""The word lists of `_repair_labels`' rules, one group a language (issue #19 item 2): data,
kept apart from the patterns that use them so that a list grows without the rules' module
passing its line limit.  Each list is a regex alternation (`alt`); a word's ``_`` is a space.
"""

from __future__ import annotations

import re
from typing import Final

__all__ = [
    "AD_CONTINUES",
    "AD_WORDS",
    "AGENCIES",
    "COURTESY",
    "CREDIT_AGENCIES",
    "CREDIT_BY",
    "CREDIT_LABELS",
    "CREDIT_WORDS",
    "EMBED",
    "EMBED_GATE",
    "MEDIA",
    "NAV",
    "PAYWALL",
    "PHOTO_WORDS",
    "PICTURE_AGENCIES",
    "READ_ALSO",
    "SOURCE_LABELS",
    "STOCK_SITES",
    "UNITS",
    "alt",
]


def alt(*groups: str) -> str:
    """A regex alternation of the words in ``groups`` (space-separated; ``_`` is a space)."""
    return "|".join(
        re.escape(w.replace("_", " ")).replace(r"\ ", r"\s") for g in groups for w in g.split()
    )


AD_WORDS: Final = alt(
    "advertisement advertising sponsored ad_feedback video_ad_feedback",  # English
    "anzeige werbung gesponsert",  # German
    "publicité annonce sponsorisé",  # French
    "publicidad patrocinado anuncio",  # Spanish
    "pubblicità sponsorizzato",  # Italian
    "publicidade patrocinado",  # Portuguese
    "advertentie reklame",  # Dutch, Danish, Norwegian
    "reklama materiał_promocyjny",  # Polish, Czech
    "reklam",  # Turkish, Swedish
    "реклама",  # Russian
)
AD_CONTINUES: Final = alt(
    "story_continues_below article_continues_below continue_reading_below skip_advertisement"
    " skip_ad end_of_advertisement scroll_to_continue this_advertisement_has_not_loaded_yet",
    "werbung_überspringen weiter_nach_der_werbung artikel_geht_weiter_nach_der_anzeige"
    " lesen_sie_weiter_nach_der_anzeige",
    "passer_la_publicité la_suite_après_la_publicité",
    "saltar_publicidad sigue_leyendo continúa_leyendo",
    "continua_a_leggere continua_depois_da_publicidade",
)
READ_ALSO: Final = alt(
    "read_also also_read read_next up_next keep_reading more_from more_stories you_may_also_like"
    " see_more related_content",
    "zum_selben_thema auch_interessant das_könnte_sie_auch_interessieren weitere_artikel"
    " passend_zum_thema mehr_lesen lesen_sie_mehr sehen_sie_auch ähnliche_nachrichten"
    " mehr_ähnliche_nachrichten lesetipp auch_lesen lies_auch",
    "à_lire_aussi lire_la_suite voir_aussi à_découvrir",
    "lee_también también_puede_leer ver_también mirá_también ver_más_artículos te_puede_interesar"
    " noticia_relacionada noticias_relacionadas puedes_ver",
    "leggi_anche potrebbe_interessarti",
    "leia_também veja_também",
    "lees_ook",
    "se_også",
    "czytaj_więcej czytaj_także zobacz_też więcej_na_ten_temat",
    "čtěte_také přečtěte_si_také související_články článek",  # Czech: a teaser card's label
    "читайте_также смотрите_также",
    "ayrıca_okuyun",
)
NAV: Final = alt(
    "privacy_policy terms_of_use contact_us about_us cookie_settings sign_in log_in"
    " back_to_top end_of_article article_content",
    "merken pin pin_it",  # a bookmark button, Pinterest's
    "zur_startseite zu_den_kommentaren_springen artikel-tools datenschutzeinstellungen_anpassen"
    " box_aufklappen_box_zuklappen impressum datenschutzerklärung",
    "quiénes_somos aviso_legal mentions_légales s'abonner",
)
CREDIT_WORDS: Final = alt(
    "photo photos foto fotos image images picture pictures credit credits bild bilder"
    " crédit crédito fotografía photograph grafik illustration infografik screenshot screenshots",
    "kuva",  # Finnish
    "фото",
)
AGENCIES: Final = alt(
    "getty_images afp reuters ap ap_photo dpa epa efe ansa apa sda keystone imago"
    " picture_alliance shutterstock istock tass ria_novosti xinhua anadolu kna epd"
    " associated_press",
)
PICTURE_AGENCIES: Final = alt(
    "getty_images imago imago_images picture_alliance shutterstock istock ap_photo keystone"
    " epa alamy",
)
UNITS: Final = alt(
    "second seconds minute minutes min mins hour hours hr hrs day days week weeks",
    "sekunde sekunden minute minuten stunde stunden tag tagen",
    "seconde secondes minute minutes heure heures jour jours",
    "segundo segundos minuto minutos hora horas día días",
    "минуту минуты минут час часа часов",
)
EMBED: Final = alt(
    "a_post_shared_by view_this_post_on_instagram ein_beitrag_geteilt_von"
    " diesen_beitrag_auf_instagram_anzeigen une_publication_partagée_par"
    " una_publicación_compartida_de",
    "sieh_dir_diesen_beitrag_auf_instagram_an voir_cette_publication_sur_instagram"
    " ver_esta_publicación_en_instagram visualizza_questo_post_su_instagram"
    " ver_essa_publicação_no_instagram bekijk_dit_bericht_op_instagram"
    " un_post_condiviso_da uma_publicação_compartilhada_por een_bericht_gedeeld_door"
    " ett_inlägg_delat_av",  # Instagram's own embed lines, in the corpora's languages
    "skip_twitter_post skip_instagram_post skip_facebook_post skip_youtube_post"
    " skip_tiktok_post end_of_twitter_post end_of_instagram_post end_of_facebook_post"
    " end_of_youtube_post end_of_tiktok_post",
    "mit_dem_laden_des_beitrags_akzeptieren_sie mit_dem_laden_des_inhalts_akzeptieren_sie"
    " mit_dem_laden_des_videos_akzeptieren_sie",  # a consent gate before the embed
    "skip_embedded_content end_of_embedded_content následuje_obsah_vložený_z_jiného_webu",
)
EMBED_GATE: Final = alt(
    "externer_inhalt empfohlener_externer_inhalt ein_klick_für_den_datenschutz"
    " instagram-beiträge_immer_entsperren x-beiträge_immer_entsperren"
    " twitter-beiträge_immer_entsperren facebook-beiträge_immer_entsperren"
    " youtube-videos_immer_entsperren tiktok-videos_immer_entsperren",
    "contenu_externe contenido_externo contenuto_esterno conteúdo_externo externe_inhoud"
    " extern_innehåll",
    "přejít_před_obsah_vložený_z_jiného_webu přejít_za_obsah_vložený_z_jiného_webu",
)
"""An embed's consent gate or skip link, the whole line (``Externer Inhalt wird … geladen.`` is a
sentence); `EMBED`'s lines may go on with the post's author."""

MEDIA: Final = alt(
    "play_video watch_video watch_now play_audio enlarge_this_image click_to_enlarge toggle_caption"
    " photo_gallery image_gallery view_gallery open_gallery start_slideshow placeholder_image"
    " media_playback_is_unsupported_on_your_device more_videos",
    "weitere_videos diashow_starten diashow download_der_audiodatei ende_des_videobeitrags"
    " jetzt_in_der_app_anhören videobeitrag video-beschreibung_einblenden zur_fotostrecke"
    " zur_kompletten_fotostrecke",
    "open_this_photo_in_gallery",
    "escuchá_este_artículo escucha_este_artículo",
    "video_abspielen video_starten bild_vergrößern bilderstrecke_starten bilderstrecke"
    " bildergalerie zur_bildergalerie galerie_öffnen beitrag_laden inhalt_laden",
    "voir_la_vidéo lire_la_vidéo agrandir_l'image voir_le_diaporama diaporama",
    "ver_video ver_vídeo reproducir_video reproducir_vídeo ver_galería galería_de_fotos"
    " ampliar_imagen",
    "guarda_il_video fotogallery galleria_fotografica",
    "assista_ao_vídeo ver_galeria ampliar_imagem",
    "bekijk_de_video fotoserie",
    "zobacz_wideo galeria_zdjęć",
    "смотреть_видео фотогалерея",
)
"""The controls of a photo gallery or a video player, left as text by a scraper."""
PAYWALL: Final = alt(
    "subscribers_only subscriber_only for_subscribers_only premium_content"
    " this_content_is_for_subscribers_only this_content_is_reserved_for_subscribers_only"
    " exclusive_to_subscribers",
    "nur_für_abonnenten exklusiv_für_abonnenten nur_für_abonnentinnen_und_abonnenten",
    "réservé_aux_abonnés article_réservé_aux_abonnés contenu_réservé_aux_abonnés",
    "sólo_para_suscriptores solo_para_suscriptores exclusivo_para_suscriptores"
    " esta_funcionalidad_es_sólo_para_suscriptores contenido_exclusivo_para_suscriptores"
    " esta_funcionalidad_es_sólo_para_registrados sólo_para_registrados solo_para_registrados",
    "riservato_agli_abbonati solo_per_gli_abbonati",
    "exclusivo_para_assinantes conteúdo_exclusivo_para_assinantes",
    "alleen_voor_abonnees",
    "tylko_dla_prenumeratorów tylko_dla_subskrybentów",
    "только_для_подписчиков",
)
"""A paywall's notice that what follows is for subscribers."""

CREDIT_LABELS: Final = alt(
    "photo photos photograph photographer picture image images credit credits",  # English
    "foto fotos fotograf bild bilder bildrechte bildquelle grafik",  # German
    "crédit crédits crédito créditos fotografía imagen",  # French, Spanish
    "fotografia immagine imagem",  # Italian, Portuguese
    "beeld zdjęcie",  # Dutch, Polish
    "kuva",  # Finnish
    "фото",  # Russian
)
"""The words a photo's credit at the end of a caption starts with (``… Foto: Name``)."""
SOURCE_LABELS: Final = alt(
    "source quelle fuente fonte bron kilde källa źródło zdroj kaynak источник",
)
"""The words a source's credit starts with (``… Quelle: Name``): a chart's or a video's, and also
a text's, so only short lines and credits naming a picture's path are taken (`credited_caption`)."""
CREDIT_AGENCIES: Final = alt(
    "afp ap dpa reuters epa efe ansa apa belga anp keystone imago getty_images"
    " shutterstock tass xinhua anadolu ritzau ntb tt ctk pap",
)
"""News and picture agencies that a caption's credit ends with after a slash (``HANDOUT /
AFP``); each is an agency's name as printed under photos on any news site."""
PHOTO_WORDS: Final = alt(
    "Photo Photos Photograph Image Picture Video Foto Fotos Bild Fotografía Fotografia Imagen"
    " Immagine Imagem Zdjęcie Фото",
)
"""What a credit without a colon starts with, capitalised as a label is (``Photo by …``,
``Foto di …``): ``a photo by Jane Roe`` in lower case is a sentence's."""
CREDIT_BY: Final = alt(
    "by von di de par por van door av af",
)
"""The word between a photo and its author, in the corpora's languages (``Photo by``, ``Foto
von``, ``Foto di``, ``Fotografía de``, ``Photo par``, ``Foto por``, ``Foto van``, ``Foto av``)."""
COURTESY: Final = alt(
    "courtesy_of photo_courtesy_of image_courtesy_of courtesy",
    "mit_freundlicher_genehmigung_von mit_freundlicher_genehmigung",
    "avec_l'aimable_autorisation_de cortesía_de cortesia_de per_gentile_concessione_di",
)
"""A parenthesis of courtesy crediting a photo (``(Courtesy of Anna Berg)``)."""
STOCK_SITES: Final = alt(
    "unsplash pexels pixabay flickr wikimedia_commons getty_images istock shutterstock adobe_stock",
)
"""Stock photo sites a caption's credit names last (``Photo by Jane Roe on Unsplash``)."""
NAME_WORD: Final = r"(?-i:[^\W\d_a-z])[\w.'&-]*"
"""A capitalised word of a name in a credit (``Jane``, ``O'Neill``, ``J.J.``, ``AT&T``), upper case
whatever flags the pattern around it has: the credit rules' one reading of a name's word."""
