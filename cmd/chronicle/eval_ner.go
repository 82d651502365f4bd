package main

import "errors"

func runEvalNER(args []string, io stdio) error { return errors.New("not built yet") }
