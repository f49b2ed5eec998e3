"""The OpenAI engine (engine.py): prompts, the SDK calls, and grounding of the answer.

Nothing is imported here: config.py reads the key through llm.ssm at every cold start, and an
offline-only app should not load the engine for it.
"""
