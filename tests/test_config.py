"""Settings from the environment."""

from __future__ import annotations

import pytest

from jobfit.config import MAX_TEXT_CHARS, Settings


def test_defaults_are_offline_and_closed():
    settings = Settings.from_env({})
    assert settings.engine == "offline"
    assert settings.openai_api_key is None
    assert settings.cors_origins == ()
    assert settings.max_text_chars == MAX_TEXT_CHARS
    assert settings.fallback == "offline"


@pytest.mark.parametrize(
    ("env", "engine"),
    [
        ({"OPENAI_API_KEY": "sk-test"}, "openai"),
        ({"OPENAI_API_KEY": "sk-test", "JOBFIT_ENGINE": "offline"}, "offline"),
        ({"JOBFIT_ENGINE": " OpenAI "}, "openai"),
        ({"OPENAI_API_KEY": ""}, "offline"),
    ],
)
def test_engine_choice(env, engine):
    assert Settings.from_env(env).engine == engine


def test_cors_origins_are_split_and_trimmed():
    env = {"JOBFIT_CORS_ORIGINS": " https://a.example , https://b.example,, "}
    assert Settings.from_env(env).cors_origins == ("https://a.example", "https://b.example")


def test_the_key_never_shows_in_repr():
    assert "sk-secret" not in repr(Settings.from_env({"OPENAI_API_KEY": "sk-secret"}))
