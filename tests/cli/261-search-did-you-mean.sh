# search: one suggestion, or a short list best first, for each unknown word
beq search semafore
beq search trnsaction
