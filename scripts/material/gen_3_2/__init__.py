"""The format-2 item families of CRCN 3.2 and their material (assessment/items/3.2/).

main() runs every family in the original order and saves one YAML file per theme.
"""

from __future__ import annotations

import yaml

from .ai_credentials import f_credentials, f_image_bank
from .ai_terms import f_generator_terms, f_manifest
from .image_editing import f_crop_ratio, f_history, f_orientation, f_resize
from .image_print import f_effective_dpi, f_print_size
from .kit import B
from .media_formats import f_find_audio, f_format_use, f_probe, f_spec_csv
from .sound_levels import f_audio_effect, f_clipping, f_wav_size
from .sound_tracks import f_cut_selection, f_edit_list, f_muted_track
from .video_export import f_export_bitrate, f_timecode, f_vertical
from .video_timeline import f_crossfades, f_playhead, f_timeline


def main() -> None:
    for f in (f_orientation, f_history, f_resize, f_crop_ratio, f_print_size, f_effective_dpi):
        f()
    B.save("image-editing.yaml")
    for f in (f_muted_track, f_cut_selection, f_edit_list, f_clipping, f_audio_effect, f_wav_size):
        f()
    B.save("sound-editing.yaml")
    for f in (f_playhead, f_timeline, f_crossfades, f_timecode, f_vertical, f_export_bitrate):
        f()
    B.save("video-editing.yaml")
    for f in (f_find_audio, f_spec_csv, f_format_use, f_probe):
        f()
    B.save("media-formats.yaml")
    for f in (f_credentials, f_image_bank, f_generator_terms, f_manifest):
        f()
    B.save("ai-generated-media.yaml")
    _ = yaml  # the kit dumps the YAML
