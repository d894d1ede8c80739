"""Who acts where: the document-level resolution of the acting Kazakh unit(s) (``stage.ActorStage``)."""
