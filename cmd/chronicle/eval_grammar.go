package main

import "errors"

func runEvalGrammar(args []string, io stdio) error { return errors.New("not built yet") }
