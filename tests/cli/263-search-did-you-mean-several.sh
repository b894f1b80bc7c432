# search: with several patterns, only one that matches nothing alone gets suggestions
beq search deadlock trnsaction
beq search lock zzzz
