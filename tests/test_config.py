"""Settings from the environment."""

from __future__ import annotations

import pytest

from jobfit.config import MAX_TEXT_CHARS, Settings
from jobfit.errors import ConfigError


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


@pytest.mark.parametrize(
    ("env", "message"),
    [
        ({"JOBFIT_ENGINE": "bogus"}, "JOBFIT_ENGINE must be one of offline, openai; it is 'bogus'"),
        ({"JOBFIT_FALLBACK": "maybe"}, "JOBFIT_FALLBACK must be one of offline, none"),
        ({"JOBFIT_OPENAI_API": "soap"}, "JOBFIT_OPENAI_API must be one of responses, chat"),
        ({"JOBFIT_MAX_CHARS": "abc"}, "JOBFIT_MAX_CHARS must be a number; it is 'abc'."),
        ({"JOBFIT_TIMEOUT": "0.2"}, "JOBFIT_TIMEOUT must be at least 1"),
        ({"JOBFIT_MAX_RETRIES": "-1"}, "JOBFIT_MAX_RETRIES must be at least 0"),
    ],
)
def test_bad_values_are_clear_errors(env, message):
    with pytest.raises(ConfigError) as caught:
        Settings.from_env(env)
    assert caught.value.message.startswith(message)


def test_numbers_are_read():
    settings = Settings.from_env({"JOBFIT_TIMEOUT": "12.5", "JOBFIT_CACHE_SIZE": "0"})
    assert (settings.timeout_seconds, settings.cache_size) == (12.5, 0)
