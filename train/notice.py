"""The notice written beside the shipped weights."""

NOTICE = """\
Weights in this folder were trained by train/train.py in the Nearer repository.

The tone model "tone_reddit" (and nothing else here) was trained on GoEmotions, the train and dev
splits, with the labels anger, annoyance, disapproval and disgust mapped to "hostile":

  Dorottya Demszky, Dana Movshovitz-Attias, Jeongwoo Ko, Alan Cowen, Gaurav Nemade and Sujith Ravi.
  2020. GoEmotions: A Dataset of Fine-Grained Emotions. In Proceedings of the 58th Annual Meeting
  of the Association for Computational Linguistics (ACL 2020).

GoEmotions is Copyright 2020 Google LLC and is licensed under the Apache License, Version 2.0
(http://www.apache.org/licenses/LICENSE-2.0). The weights are a derived work: they hold hashed
feature weights only, not the comments themselves. No training text ships with Nearer.

The other models were trained on the project's own labelled examples (tests/data/, "dev" split).
"""
