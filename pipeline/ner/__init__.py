"""Statistical NER (PER, ORG, LOC): training data, training, evaluation and the model loader."""
