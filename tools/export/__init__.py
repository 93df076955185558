"""TtsPanel export tool: F5-TTS v1 Base + Vocos mel-24kHz in PyTorch, exported to an ONNX model pack.

Modules (one role each): ``config`` (architecture presets), ``safetensors_reader`` and ``checkpoint`` (weights),
``dit_text`` / ``dit_layers`` / ``dit`` (the DiT), ``vocos`` and ``istft`` (the vocoder), ``graphs`` (the three
exported graph wrappers), ``onnx_export`` / ``fp16`` / ``manifest`` (writing a pack), ``mel`` / ``tokenizer`` /
``duration`` / ``sampler`` (the float32 reference pipeline that the C# port must reproduce), ``cli`` and
``make_tiny_fixture`` (entry points). Importing this package does no work.
"""
